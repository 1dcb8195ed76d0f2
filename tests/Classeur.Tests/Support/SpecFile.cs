namespace Classeur.Tests.Support;

/// <summary>
/// Reads spec files in Markdig's style: each example is fenced by a line of backticks followed by
/// "example"; inside, a line holding a single "." separates the Markdown input, the expected HTML
/// and, optionally, the expected diagnostics (one "CODE(line,col)" per line, counted in the input).
/// </summary>
public static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    public sealed record Example(string File, int Number, string Heading, string Input, string Html, IReadOnlyList<string> Diagnostics)
    {
        public override string ToString() => $"{System.IO.Path.GetFileNameWithoutExtension(File)} #{Number} ({Heading})";
    }

    public static IEnumerable<Example> Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var heading = "";
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) heading = lines[i].TrimStart('#').Trim();
            if (lines[i] != Fence + " example") continue;
            var parts = new List<List<string>> { new() };
            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == ".") parts.Add([]);
                else parts[^1].Add(lines[i].Replace('→', '\t'));
            }
            number++;
            yield return new Example(path, number, heading,
                string.Join("\n", parts[0]) + "\n",
                parts.Count > 1 ? string.Join("\n", parts[1]) : "",
                parts.Count > 2 ? parts[2].Where(l => l.Length > 0).ToList() : []);
        }
    }
}
