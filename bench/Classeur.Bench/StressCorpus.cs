using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Classeur.Bench;

/// <summary>
/// Corpora that make a pairwise cost show (issue 19): the manual plus one fiche whose paragraph cites
/// a fiche N times, or the manual plus N expériences that all share the same dimensions. A cost that
/// grows with the square of N shows as a time that quadruples when N doubles.
/// </summary>
public static partial class StressCorpus
{
    /// <summary>The manual, and a repère whose one paragraph holds <paramref name="count"/> citations of I-C-2-a.</summary>
    public static void Citations(string repository, string target, int count)
    {
        CorpusMultiplier.Write(repository, target, 1);
        var paragraph = new StringBuilder("Cette fiche renvoie à d’autres fiches");
        for (var i = 0; i < count; i++) paragraph.Append(i % 10 == 0 ? ", voir [[I-C-2-a]]" : " et [[I-C-2-a]]");
        paragraph.Append('.');
        File.WriteAllText(Path.Combine(target, "content", "methodes", "II-99-renvois.md"),
            $"---\nid: II-99\ntype: methode\ntitle: \"Une fiche qui renvoie {count} fois\"\n---\n\n## Renvois\n\n{paragraph}\n");
    }

    /// <summary>The manual, and <paramref name="count"/> copies of its first expérience, all with its dimensions.</summary>
    public static void SharedDimensions(string repository, string target, int count)
    {
        CorpusMultiplier.Write(repository, target, 1);
        var folder = Path.Combine(target, "content", "experiences");
        var source = Directory.EnumerateFiles(folder, "III-1-*.md").Single();
        var text = File.ReadAllText(source);
        // The copies cite nothing the others would have to cite back, and nothing cites them.
        text = SeeAlso().Replace(text, "");
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"III-{1000 + i}");
            File.WriteAllText(Path.Combine(folder, $"{id}-copie.md"), IdLine().Replace(text, "id: " + id, 1));
        }
    }

    [GeneratedRegex(@"^id: .+$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^see_also: .+\n", RegexOptions.Multiline)]
    private static partial Regex SeeAlso();
}
