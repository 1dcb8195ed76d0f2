using System.Text.RegularExpressions;

namespace Classeur.Bench;

/// <summary>
/// Builds a large corpus from the real manual: copy k of every fiche gets new ids (repères become
/// I-B-n, since I-C-x ids are limited to letters), and every id written in the copy is renamed with
/// it, so that each copy is a whole manual whose links stay inside itself.
/// </summary>
public static partial class CorpusMultiplier
{
    public static void Write(string sourceProject, string targetProject, int copies)
    {
        var content = Path.Combine(sourceProject, "content");
        var target = Path.Combine(targetProject, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file);
            if (file.EndsWith(".md", StringComparison.Ordinal) && !relative.EndsWith("README.md", StringComparison.Ordinal)) continue;
            Copy(file, Path.Combine(target, relative));
        }
        File.Copy(Path.Combine(sourceProject, "site.yml"), Path.Combine(targetProject, "site.yml"), overwrite: true);

        var fiches = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => (Path: f, Text: File.ReadAllText(f), Id: IdLine().Match(File.ReadAllText(f)).Groups[1].Value.Trim()))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        for (var k = 0; k < copies; k++)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var fiche in fiches) map[fiche.Id] = NewId(fiche.Id, k, ++index);
            foreach (var fiche in fiches)
            {
                // The library is one set of outside documents, cited by every copy: copying its ids would collide.
                if (k > 0 && IsLibrary(fiche.Path)) continue;
                var text = k == 0 ? fiche.Text : AnyId().Replace(fiche.Text, m => map.TryGetValue(m.Value, out var id) ? id : m.Value);
                var name = (k == 0 ? "" : $"copie{k}-") + Path.GetFileName(fiche.Path);
                var folder = Path.GetRelativePath(content, Path.GetDirectoryName(fiche.Path)!);
                Directory.CreateDirectory(Path.Combine(target, folder));
                File.WriteAllText(Path.Combine(target, folder, name), text);
            }
        }
    }

    private static string NewId(string id, int copy, int index)
    {
        if (copy == 0) return id;
        if (id.StartsWith("III-", StringComparison.Ordinal)) return $"III-{(copy * 100) + int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture)}";
        if (id.StartsWith("II-", StringComparison.Ordinal)) return $"II-{(copy * 100) + int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture)}";
        if (id.StartsWith("I-", StringComparison.Ordinal)) return $"I-B-{(copy * 100) + index}";
        return $"{id}-{copy}";
    }

    private static bool IsLibrary(string path) =>
        path.Contains("experiences-externes", StringComparison.Ordinal) || path.Contains("ressources", StringComparison.Ordinal);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    [GeneratedRegex(@"^id:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"(?<![\w-])(I-[AB]-\d+|I-C-[12]-[a-z]|III-\d+|II-\d+|edito|introduction|index|bibliographie)(?![\w-])")]
    private static partial Regex AnyId();
}
