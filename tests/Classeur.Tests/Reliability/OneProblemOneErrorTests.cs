using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22, point 5: one mistake, one error. A fiche that cannot be read still has an id (from its
/// file name), so the fiches that cite it are not reported; a data file that cannot be read gives one
/// error, not one per use; a suggestion never names the fiche the reference is written in.
/// </summary>
public sealed class OneProblemOneErrorTests
{
    [Theory]
    [InlineData("keywords: [cooperation, mutualisation]", "keywords: [cooperation, mutualisation")]
    [InlineData("type: repere", "type: repere\n\ttitle: tabulation")]
    [InlineData("---\nid: I-C-2-a", "---\nid: I-C-2-a\n  décalé: oui")]
    public void A_fiche_whose_yaml_fails_gives_one_error_not_one_per_citing_fiche(string from, string to)
    {
        using var site = FixtureSite.Create();
        Edit(site, "content/reperes/I-C-2-a-cooperation.md", from, to);

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0102", diagnostic.Code);
        Assert.Equal("content/reperes/I-C-2-a-cooperation.md", diagnostic.Location.Path);
    }

    [Fact]
    public void A_fiche_without_its_closing_front_matter_line_gives_one_error()
    {
        using var site = FixtureSite.Create();
        var path = "content/reperes/I-C-2-a-cooperation.md";
        var text = site.Read(path);
        site.Write(path, "---" + text[3..].Remove(text.IndexOf("\n---", 3, StringComparison.Ordinal) - 3 + 1, 4));

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0112", diagnostic.Code);
    }

    [Theory]
    [InlineData("content/mots-cles.yml", "label: \"Mutualisation\"", "label: \"Mutualisation")]
    [InlineData("content/mots-cles.yml", "- id: territoire", "- id: territoire\n - mal: aligné")]
    [InlineData("content/bibliographie.yml", "- id: guide-2010", "- id: guide-2010\n\t")]
    public void A_data_file_that_fails_gives_one_error_not_one_per_use(string file, string from, string to)
    {
        using var site = FixtureSite.Create();
        Edit(site, file, from, to);

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal(file, diagnostic.Location.Path);
    }

    [Fact]
    public void A_data_entry_without_label_gives_one_error_not_one_per_use()
    {
        using var site = FixtureSite.Create();
        Edit(site, "content/mots-cles.yml", "  label: \"Mutualisation\"\n", "");

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0104", diagnostic.Code);
    }

    [Fact]
    public void A_suggestion_never_names_the_fiche_where_the_reference_is_written()
    {
        using var site = FixtureSite.Create();
        Edit(site, "content/reperes/I-C-2-a-cooperation.md", "see_also: [I-B-1, II-1, III-1]", "see_also: [I-B-1, II-1, III-1, I-C-2-b]");

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0201", diagnostic.Code);
        Assert.DoesNotContain("I-C-2-a", diagnostic.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Check(TempProject site) =>
        SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true }).Diagnostics;

    private static void Edit(TempProject site, string file, string from, string to)
    {
        var text = site.Read(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
