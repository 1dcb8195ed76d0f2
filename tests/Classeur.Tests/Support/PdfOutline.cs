using System.Text;
using System.Text.RegularExpressions;

namespace Classeur.Tests.Support;

/// <summary>
/// The bookmarks (outline) of a PDF, read from its /Outlines objects. poppler-utils 22 (Debian 12) has
/// no command that lists them, and the PDFs Chromium writes keep these objects uncompressed (PDF 1.4,
/// no object streams), so a few regular expressions over the file are enough for a test.
/// </summary>
public static partial class PdfOutline
{
    /// <summary>Every bookmark in reading order, with its depth (0 for the top level).</summary>
    public static IReadOnlyList<(int Depth, string Title)> Read(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var objects = ObjectPattern().Matches(text).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);
        var catalog = objects.Values.Single(o => o.Contains("/Type /Catalog", StringComparison.Ordinal));
        var root = Reference(catalog, "Outlines") ?? throw new InvalidOperationException("The PDF has no /Outlines.");
        var items = new List<(int, string)>();
        Walk(objects, root, 0, items);
        return items;
    }

    private static void Walk(Dictionary<int, string> objects, int parent, int depth, List<(int, string)> items)
    {
        for (var child = Reference(objects[parent], "First"); child is { } current; child = Reference(objects[current], "Next"))
        {
            items.Add((depth, Title(objects[current])));
            Walk(objects, current, depth + 1, items);
        }
    }

    private static int? Reference(string body, string key) =>
        Regex.Match(body, $@"/{key}\s+(\d+)\s+0\s+R") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A /Title written as UTF-16 hex (&lt;FEFF…&gt;) or as a literal string.</summary>
    private static string Title(string body)
    {
        var m = TitlePattern().Match(body);
        if (!m.Success) return "";
        var value = m.Groups[1].Value;
        if (!value.StartsWith('<')) return value[1..^1].Replace("\\(", "(", StringComparison.Ordinal).Replace("\\)", ")", StringComparison.Ordinal);
        var bytes = Convert.FromHexString(value[1..^1]);
        return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
    }

    [GeneratedRegex(@"(\d+) 0 obj\s*(.*?)endobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"/Title\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))")]
    private static partial Regex TitlePattern();
}
