using System.Text.RegularExpressions;
using Classeur.Model;

namespace Classeur.Authoring;

/// <summary>
/// The ids already used in a content folder, and the next free one for a new fiche. Ids are read
/// from each file's « id: » line rather than through the full parser, so a fiche that is broken
/// while someone edits it still keeps its id reserved.
/// </summary>
internal static partial class FicheIds
{
    public static IReadOnlySet<string> Used(string contentDirectory)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(contentDirectory)) return used;
        foreach (var file in Directory.EnumerateFiles(contentDirectory, "*.md", SearchOption.AllDirectories))
        {
            var match = IdLine().Match(File.ReadAllText(file));
            if (match.Success) used.Add(match.Groups[1].Value.Trim().Trim('"', '\''));
        }
        return used;
    }

    /// <summary>
    /// One more than the highest number in use (never a gap left by a removed fiche: a published id
    /// is never reused). Repères of section C-1 or C-2 take the next letter instead.
    /// </summary>
    public static string? Next(FicheType type, string? section, IReadOnlySet<string> used)
    {
        var ids = used.Select(FicheId.TryParse).OfType<FicheId>().Where(i => i.Type == type).ToList();
        switch (type)
        {
            case FicheType.Methode:
                return $"II-{NextNumber(ids.Select(i => i.Value), "II-")}";
            case FicheType.Experience:
                return $"III-{NextNumber(ids.Select(i => i.Value), "III-")}";
            case FicheType.Repere when section is "A" or "B":
                return $"I-{section}-{NextNumber(ids.Where(i => i.Section == section).Select(i => i.Value), $"I-{section}-")}";
            case FicheType.Repere when section is "C-1" or "C-2":
                var last = ids.Where(i => i.Section == section).Select(i => i.Value[^1]).DefaultIfEmpty((char)('a' - 1)).Max();
                return last >= 'z' ? null : $"I-{section}-{(char)(last + 1)}";
            default:
                return null;
        }
    }

    private static int NextNumber(IEnumerable<string> ids, string prefix) =>
        ids.Select(v => int.Parse(v.AsSpan(prefix.Length), System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Max() + 1;

    [GeneratedRegex(@"\A\uFEFF?---\r?\n(?:(?!---).*\r?\n)*?id:[ \t]*([^\r\n#]+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
