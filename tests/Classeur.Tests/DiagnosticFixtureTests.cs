using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// One folder per invalid case under Sites/invalid: the diagnostics `check` reports must be exactly
/// those listed in its expected.txt (code and position), and contain its « ~ » message fragments.
/// </summary>
public sealed class DiagnosticFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Sites, "invalid")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Sites, "invalid", name);
        var expectedLines = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();
        using var site = FixtureSite.Create(folder);

        var result = SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true });

        var actual = result.Diagnostics.Select(d => $"{d.Location}: {(d.Severity == Severity.Error ? "error" : "warning")} {d.Code}").ToList();
        var expected = expectedLines.Where(l => !l.StartsWith("~ ", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        var messages = string.Join("\n", result.Diagnostics.Select(d => d.Message));
        foreach (var fragment in expectedLines.Where(l => l.StartsWith("~ ", StringComparison.Ordinal)))
            Assert.Contains(fragment[2..], messages, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_site_is_clean()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true });
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Every_code_of_the_catalog_has_a_fixture_or_a_dedicated_test()
    {
        // Codes whose input cannot be a content folder (I/O, output folder, templates) are tested in OutputTests;
        // CLS0310 (npm packages of the search missing) in SearchIndexTests; links, huge files, the front matter
        // never closed, lists written as texts, nesting and internal errors in Reliability/.
        string[] dedicated = ["CLS0002", "CLS0003", "CLS0004", "CLS0005", "CLS0006", "CLS0112", "CLS0113", "CLS0221", "CLS0302", "CLS0310", "CLS0401", "CLS0402", "CLS0900"];
        var covered = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Sites, "invalid"), "expected.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l, "CLS[0-9]{4}").Select(m => m.Value))
            .Concat(dedicated)
            .ToHashSet();
        var missing = DiagnosticCatalog.All.Select(d => d.Code).Where(c => !covered.Contains(c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Diagnostic_codes_are_unique()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
