using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22, point 1: whatever the parsers (YamlDotNet, Markdig) throw on an editor's text becomes one
/// located French diagnostic, at the line where it can be fixed; nothing escapes as an exception.
/// </summary>
public sealed class ParserFailureTests
{
    private const string Fiche = "content/reperes/I-C-2-a-cooperation.md";

    [Fact]
    public void An_unclosed_list_followed_by_another_key_is_reported_at_its_bracket()
    {
        using var site = FixtureSite.Create();
        // YamlDotNet throws InvalidOperationException here, not a YamlException.
        Replace(site, Fiche, "see_also: [I-B-1, II-1, III-1]", "see_also: [I-B-1, II-1, III-1");

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0102", diagnostic.Code);
        Assert.Equal(LocationOf(site, Fiche, "see_also: [", 10), diagnostic.Location);
        Assert.Contains("« [ » n'est pas refermée", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_keywords_list_at_the_end_of_the_front_matter_is_reported_at_its_bracket()
    {
        using var site = FixtureSite.Create();
        var text = site.Read(Fiche);
        var line = text.Split('\n').First(l => l.StartsWith("keywords:", StringComparison.Ordinal));
        // The list moved last and left open: YamlDotNet notices only at the closing « --- ».
        var moved = text.Replace(line + "\n", "", StringComparison.Ordinal);
        var end = moved.IndexOf("\n---", 4, StringComparison.Ordinal);
        site.Write(Fiche, moved.Insert(end + 1, line.TrimEnd(']') + "\n"));

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0102", diagnostic.Code);
        Assert.Equal(LocationOf(site, Fiche, "keywords: [", 10), diagnostic.Location);
    }

    [Fact]
    public void An_unclosed_list_in_site_yml_is_reported_in_site_yml_without_a_crash()
    {
        using var site = FixtureSite.Create();
        var config = site.Read("site.yml");
        var parts = config.IndexOf("parts:", StringComparison.Ordinal);
        Assert.True(parts >= 0, "the fixture's site.yml has parts:");
        site.Write("site.yml", config.Insert(config.IndexOf('\n', parts) + 1, "  I: [I: \"oops\"\n"));

        var (code, output, error) = ClasseurCommand.Run("check", "--project", site.Root);
        Assert.Equal(1, code);
        // Standard error holds only the stages' progress line, no exception.
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("erreur inattendue", error, StringComparison.Ordinal);
        Assert.Contains("site.yml(", output, StringComparison.Ordinal);
        Assert.Contains("error CLS0102: le YAML n'est pas valide : la liste ouverte ici par « [ »", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list", 70)]
    [InlineData("quote", 130)]
    public void Nesting_deeper_than_markdig_allows_is_a_located_diagnostic(string kind, int depth)
    {
        using var site = FixtureSite.Create();
        var nested = kind == "list"
            ? string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- niveau\n"))
            : new string('>', depth) + " citation\n";
        var before = site.Read(Fiche);
        site.Write(Fiche, before + "\n" + nested);
        var firstLine = before.Split('\n').Length + 1;

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0221", diagnostic.Code);
        Assert.Equal(Fiche, diagnostic.Location.Path);
        Assert.InRange(diagnostic.Location.Line, firstLine, firstLine + depth);
        Assert.Contains("imbriqués plus profondément", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asset_too_large_to_read_is_a_diagnostic_and_the_previous_site_stays()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        // Sparse: 2.5 GB of nothing, which File.ReadAllBytes refuses.
        using (var huge = File.Create(site.PathOf("content/assets/enorme.bin")))
            huge.SetLength(2_500_000_000);

        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0004", diagnostic.Code);
        Assert.Equal("content/assets/enorme.bin", diagnostic.Location.Path);
        Assert.False(result.Written);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Theory]
    [InlineData("title: \"Ancrage\n")]
    [InlineData("title: Ancrage\ntitle: Encore\n")]
    [InlineData("title: 'Ancrage\n")]
    [InlineData("title: Ancrage: territorial\n")]
    [InlineData("title: Ancrage\n  subtitle: décalé\n")]
    [InlineData("title: @Ancrage\n")]
    [InlineData("title: *ancre\n")]
    [InlineData("title: \"\\q\"\n")]
    [InlineData("title: Ancrage\nkeywords: {a: b\n")]
    [InlineData("title: Ancrage\n- un élément\n")]
    [InlineData("title: |\n  texte\n mal aligné\n")]
    [InlineData("%YAML 2.0\ntitle: Ancrage\n")]
    public void Yaml_errors_are_said_in_french_with_a_position(string yaml)
    {
        using var site = FixtureSite.Create();
        site.Write("content/reperes/I-B-2-essai.md", "---\nid: I-B-2\ntype: repere\n" + yaml + "---\n\nTexte.\n");

        var diagnostics = Check(site);
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Assert.False(FrenchText.HasParserEnglish(diagnostic.Message), diagnostic.ToString());
            Assert.True(diagnostic.Location.Line >= 1, diagnostic.ToString());
        }
    }

    private static IReadOnlyList<Diagnostic> Check(TempProject site) =>
        SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true }).Diagnostics;

    private static void Replace(TempProject site, string file, string from, string to)
    {
        var text = site.Read(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The 1-based position of <paramref name="text"/> in the file, plus <paramref name="offset"/> columns.</summary>
    private static SourceLocation LocationOf(TempProject site, string file, string text, int offset)
    {
        var lines = site.Read(file).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return new SourceLocation(file, index + 1, lines[index].IndexOf(text, StringComparison.Ordinal) + offset + 1);
    }
}
