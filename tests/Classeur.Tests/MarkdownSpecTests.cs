using Classeur.Build;
using Classeur.Rendering;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The content format's Markdown extensions, specified by example in Specs/*.md: each input is the
/// body of fiche I-B-2 in the base test site, rendered to HTML and compared exactly.
/// </summary>
public sealed class MarkdownSpecTests
{
    private const string FrontMatter = "---\nid: I-B-2\ntype: repere\ntitle: Des finalités élargies\n---\n";
    private const int FrontMatterLines = 5;

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestProject, "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var example in SpecFile.Read(file))
                data.Add(Path.GetFileName(file), example.Number);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_as_specified(string file, int number)
    {
        var example = SpecFile.Read(Path.Combine(RepositoryPaths.TestProject, "Specs", file)).Single(e => e.Number == number);
        using var site = FixtureSite.Create();
        site.Write("content/reperes/I-B-2-spec.md", FrontMatter + example.Input);

        var loaded = SiteBuilder.Load(new BuildOptions(site.Root) { CheckOnly = true });
        var html = BodyRenderer.Render(loaded.Manual.Find("I-B-2")!, loaded.Pipeline);

        Assert.Equal(example.Html.Trim(), html.Trim());
        var diagnostics = loaded.Diagnostics.Sorted()
            .Select(d => $"{d.Code}({d.Location.Line - FrontMatterLines},{d.Location.Column})")
            .ToList();
        Assert.Equal(example.Diagnostics, diagnostics);
    }
}
