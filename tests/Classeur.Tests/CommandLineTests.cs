using System.Text.RegularExpressions;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The `classeur` command as editors use it: exit codes, MSBuild-style lines, the French summary.</summary>
public sealed partial class CommandLineTests
{
    [Fact]
    public void Check_on_a_clean_site_exits_0_and_prints_a_french_summary()
    {
        using var site = FixtureSite.Create();
        var (code, output, _) = ClasseurCommand.Run("check", "--project", site.Root);
        Assert.Equal(0, code);
        Assert.Matches(@"^Vérification terminée : 10 fiches, 0 erreur, 0 avertissement, en \d+,\d\d s\.$", output.Trim());
        Assert.False(Directory.Exists(site.Output), "check must not write anything");
    }

    [Fact]
    public void Build_writes_the_site_and_prints_a_one_line_summary()
    {
        using var site = FixtureSite.Create();
        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root);
        Assert.Equal(0, code);
        Assert.Matches(@"^Site construit : 10 fiches, 20 pages, 0 erreur, 0 avertissement, en \d+,\d\d s → _site/$", output.Trim());
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_broken_reference_in_a_copy_of_the_real_content_fails_check_with_one_located_line_and_a_suggestion()
    {
        using var project = new TempProject().CopyFrom(RepositoryPaths.Content, "content").WithTemplates();
        File.Copy(Path.Combine(RepositoryPaths.Root, "site.yml"), project.PathOf("site.yml"));
        var fiche = Directory.EnumerateFiles(project.PathOf("content/reperes"), "I-A-1-*.md").Single();
        var lines = File.ReadAllLines(fiche);
        var lineIndex = Array.FindIndex(lines, l => l.Contains("[[I-C-2-a]]", StringComparison.Ordinal));
        Assert.True(lineIndex >= 0, "I-A-1 cites [[I-C-2-a]]");
        var column = lines[lineIndex].IndexOf("[[I-C-2-a]]", StringComparison.Ordinal) + 1;
        lines[lineIndex] = lines[lineIndex].Replace("[[I-C-2-a]]", "[[I-C-2-z]]", StringComparison.Ordinal);
        File.WriteAllLines(fiche, lines);

        var (code, output, _) = ClasseurCommand.Run("check", "--project", project.Root);

        Assert.Equal(1, code);
        var diagnostics = output.Split('\n').Where(l => DiagnosticLine().IsMatch(l)).ToList();
        var line = Assert.Single(diagnostics);
        var relative = "content/reperes/" + Path.GetFileName(fiche);
        Assert.StartsWith($"{relative}({lineIndex + 1},{column}): error CLS0201: la fiche « I-C-2-z » n'existe pas. Vouliez-vous dire « I-C-2-a » (Coopération) ?", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_make_build_exit_1_and_keep_the_previous_site()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, ClasseurCommand.Run("build", "--project", site.Root).ExitCode);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        site.Write("content/reperes/I-B-2-casse.md", "---\nid: I-B-2\ntype: repere\ntitle: Cassée\nsee_also: [I-Z-9]\n---\n");

        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root);

        Assert.Equal(1, code);
        Assert.Contains("Construction en échec", output, StringComparison.Ordinal);
        Assert.Contains("le site précédent est conservé", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "fiches", "i-b-2.html")));
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        using var site = FixtureSite.Create();
        site.Write("content/reperes/I-B-2-html.md", "---\nid: I-B-2\ntype: repere\ntitle: HTML\n---\n\nDu <b>gras</b>.\n");
        Assert.Equal(0, ClasseurCommand.Run("check", "--project", site.Root).ExitCode);
        var (code, output, _) = ClasseurCommand.Run("check", "--strict", "--project", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("error CLS0301", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_yml_can_raise_the_severity_of_a_code()
    {
        using var site = FixtureSite.Create();
        site.Write("site.yml", "title: Essai\ndiagnostics:\n  CLS0301: error\n");
        site.Write("content/reperes/I-B-2-html.md", "---\nid: I-B-2\ntype: repere\ntitle: HTML\n---\n\nDu <b>gras</b>.\n");
        var (code, output, _) = ClasseurCommand.Run("check", "--project", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("error CLS0301", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--unknown-option")]
    [InlineData]
    public void Bad_usage_exits_2_with_a_french_message(params string[] args)
    {
        var (code, _, error) = ClasseurCommand.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("classeur", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_site_yml_is_bad_usage()
    {
        using var empty = new TempProject();
        var (code, _, error) = ClasseurCommand.Run("check", "--project", Path.Combine(empty.Root, "absent"));
        Assert.Equal(2, code);
        Assert.Contains("site.yml", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\S+\(\d+,\d+\): (error|warning) CLS\d{4}: ")]
    private static partial Regex DiagnosticLine();
}
