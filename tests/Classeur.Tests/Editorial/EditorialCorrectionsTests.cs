using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Classeur.Knowledge;
using Classeur.Tests.Support;

namespace Classeur.Tests.Editorial;

/// <summary>
/// Issue 25, point 8, on the real manual: every deliberate change to the printed text is written in
/// its fiche's `corrections:` and listed by the editorial report, the printed form (found in the 2010
/// manual) beside the published one (found on the site).
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class EditorialCorrectionsTests(RealManualBuild build)
{
    private const string SeedFile = "004_4922cc71ae09e95b.txt";

    private List<FicheCorrection> Corrections => new EditorialReport(build.Manual, new ManualLinks(build.Manual)).Corrections.ToList();

    [Fact]
    public void The_corrections_the_issue_names_are_all_listed()
    {
        var listed = Corrections.Select(c => (c.Fiche.Id.Value, c.Correction.Printed, c.Correction.Corrected)).ToList();
        Assert.Contains(listed, c => c is ("III-17", { } p, null) && p.StartsWith("Viser à qualifier le territoire", StringComparison.Ordinal));
        Assert.Contains(listed, c => c is ("III-17", { } p, { } r) && p.Contains("s’engagent par à", StringComparison.Ordinal) && r.Contains("s’engagent pas à", StringComparison.Ordinal));
        Assert.Contains(listed, c => c is ("III-12", { } p, { } r) && p.StartsWith("Fiches « Méthodes / Outils » FICHE III-8", StringComparison.Ordinal) && r.StartsWith("Fiches « Expérience »", StringComparison.Ordinal));
        Assert.Contains(listed, c => c is ("index", { } p, _) && p.Contains("démaches", StringComparison.Ordinal));
        Assert.Contains(listed, c => c is ("index", { } p, _) && p.Contains("(des salaries)", StringComparison.Ordinal));
        Assert.Contains(listed, c => c is ("I-C-1-a", null, "1. Missions clefs"));
        Assert.All(Corrections, c => Assert.False(string.IsNullOrWhiteSpace(c.Correction.Reason)));
    }

    [Fact]
    public void Each_printed_form_is_in_the_manual_and_each_published_form_on_the_site()
    {
        var seedPath = RepositoryPaths.Source(SeedFile);
        var seedLines = File.ReadAllLines(seedPath);
        var spans = File.ReadAllLines(Path.Combine(RepositoryPaths.TestProject, "Fidelity", "seed-spans.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => (First: int.Parse(p[1], CultureInfo.InvariantCulture), Last: int.Parse(p[2], CultureInfo.InvariantCulture)));
        var failures = new List<string>();
        foreach (var (fiche, correction) in Corrections.Select(c => (c.Fiche, c.Correction)))
        {
            var (first, last) = spans[fiche.Id.Value];
            var seed = Exact(string.Join("\n", seedLines[(first - 1)..last]));
            var page = Exact(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, fiche.Url))).QuerySelector("main")!.TextContent);
            var (printed, corrected) = (correction.Printed is { } p ? Exact(p) : null, correction.Corrected is { } r ? Exact(r) : null);
            if (printed is not null && !seed.Contains(printed, StringComparison.Ordinal)) failures.Add($"{fiche.Id.Value} : « {correction.Printed} » n’est pas imprimé");
            if (corrected is not null && !page.Contains(corrected, StringComparison.Ordinal)) failures.Add($"{fiche.Id.Value} : « {correction.Corrected} » n’est pas publié");
            // A typo fixed is no longer on the page (a name corrected may stay where another fiche cites it).
            if (printed is not null && corrected is not null && page.Contains(printed, StringComparison.Ordinal)) failures.Add($"{fiche.Id.Value} : « {correction.Printed} » est encore publié");
            // Removed: printed twice, published once. Added: nothing of it printed.
            if (corrected is null && (Count(seed, printed!) < 2 || Count(page, printed!) != 1)) failures.Add($"{fiche.Id.Value} : « {correction.Printed} » n’a pas été ramené à une fois");
            if (printed is null && seed.Contains(corrected!, StringComparison.Ordinal)) failures.Add($"{fiche.Id.Value} : « {correction.Corrected} » était imprimé");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void The_report_lists_them_in_text_json_and_on_its_page()
    {
        var report = new EditorialReport(build.Manual, new ManualLinks(build.Manual));
        Assert.True(report.Corrections.Count >= 19, $"{report.Corrections.Count} corrections");
        var text = ReportFormats.Text(report, build.Config.Title);
        Assert.Contains($"Corrections éditoriales (le texte imprimé et le texte publié) : {report.Corrections.Count}\n", text, StringComparison.Ordinal);
        Assert.Contains("  III-17, Points de vigilance : « Mais elles ne s’engagent par à embaucher les stagiaires » → « Mais elles ne s’engagent pas à embaucher les stagiaires » (coquille)\n", text, StringComparison.Ordinal);
        Assert.Contains("I-C-1-a, ", text, StringComparison.Ordinal);
        Assert.Contains(": (rien d’imprimé) → « 1. Missions clefs »", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(ReportFormats.Json(report));
        var entries = json.RootElement.GetProperty("corrections_editoriales").EnumerateArray().ToList();
        Assert.Equal(report.Corrections.Count, entries.Count);
        Assert.Contains(entries, e => e.GetProperty("fiche").GetString() == "III-17" && e.GetProperty("publie").ValueKind == JsonValueKind.Null);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, "rapport", "index.html")));
        var items = page.QuerySelectorAll(".rapport-corrections > li");
        Assert.Equal(report.Corrections.Count, items.Length);
        var typo = items.Single(li => li.QuerySelector("del")?.TextContent == "« Derrières les évolutions des politiques publiques »");
        Assert.Equal("« Derrière les évolutions des politiques publiques »", typo.QuerySelector("ins")!.TextContent);
        Assert.Equal("../fiches/iii-12.html", typo.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(items, li => li.QuerySelector("del") is null && li.QuerySelector("ins")?.TextContent == "« 1. Missions clefs »");
    }

    /// <summary>Letters (accents kept: « Dôle » is not « Dole ») and digits, lower case, one space between words.</summary>
    private static string Exact(string text)
    {
        var builder = new StringBuilder(" ");
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', builder.Append(' ').ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) is var t ? $" {t} " : "";
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
