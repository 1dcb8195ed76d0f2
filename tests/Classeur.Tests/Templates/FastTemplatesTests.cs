using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Rendering;
using Classeur.Rendering.Models;
using Classeur.Tests.Support;

namespace Classeur.Tests.Templates;

/// <summary>
/// The templates' fast renderer (Rendering/FastTemplates) must write what Handlebars.Net writes, byte for
/// byte: on every page of the real manual, and on the corners of the subset it covers (standalone lines,
/// indented partials, escaping, falsy values, loops' data, « replie »). What it does not cover goes to
/// Handlebars.Net, and the page still comes out the same.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class FastTemplatesTests(RealManualBuild build)
{
    [Fact]
    public void Every_file_of_the_manual_is_the_same_as_handlebars_net_writes_it()
    {
        Assert.True(build.Result.TemplatesFast, "the repository's templates keep to the fast subset");
        Assert.Equal(0, build.Result.TemplateFallbacks);
        using var other = new TempProject();
        var slow = SiteBuilder.Run(new BuildOptions(RepositoryPaths.Root) { OutputDirectory = other.Output, HandlebarsOnly = true });
        Assert.True(slow.Written);
        Assert.False(slow.TemplatesFast);
        var files = Files(build.Output);
        Assert.Equal(files, Files(other.Output));
        Assert.True(files.Count > 100);
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(build.Output, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(other.Output, f))), f));
    }

    public static TheoryData<string, string> Covered => new()
    {
        { "escaping", "{{title}}|{{{title}}}|{{ title }}" },
        { "standalone block lines", "<ul>\n  {{#each items}}\n  <li>{{name}}</li>\n  {{/each}}\n</ul>\n" },
        { "inline blocks", "{{#if flag}}oui{{else}}non{{/if}} {{#unless flag}}x{{else}}y{{/unless}}\n" },
        { "loop data", "{{#each items}}{{@index}}{{#if @first}}^{{/if}}{{name}}{{#unless @last}}, {{/unless}}{{/each}}\n" },
        { "empty loop", "{{#each empty}}x{{else}}vide{{/each}}|{{#each none}}x{{else}}rien{{/each}}" },
        { "root from a loop", "{{#each items}}{{@root.title}}-{{name}}\n{{/each}}" },
        { "comments", "a\n{{!-- c --}}\nb\n  {{! d }}  \nc{{! e }}d\n" },
        { "indented partial", "x\n    {{> bloc}}\ny\n  {{> liste items=plain}}\n" },
        { "partial with names", "{{> liste items=plain}}\n" },
        { "with", "{{#with first}}{{name}}{{/with}}{{#with none}}a{{else}}b{{/with}}\n" },
        { "replie", "{{#replie items 1 @root.labels.voir \"c\"}}<li>{{name}}</li>\n{{/replie}}{{#replie items 5 @root.labels.voir}}<li>{{name}}</li>\n{{/replie}}" },
        { "falsy values", "{{#if zero}}a{{else}}b{{/if}}{{#if missing}}a{{else}}b{{/if}}{{#if blank}}a{{else}}b{{/if}}{{#if empty}}a{{else}}b{{/if}}{{#if count}}c{{/if}}\n" },
        { "null and numbers", "[{{missing}}][{{count}}][{{zero}}]" },
        { "standalone at both ends", "{{#if flag}}\nA\n{{/if}}" },
        { "indented standalone", "  {{#if flag}}  \nA\n  {{/if}}\nB\n" },
        { "tags side by side", "{{#if flag}}{{#each items}}\n{{name}}\n{{/each}}{{/if}}\n" },
        { "a list of texts", "{{#each words}}<{{this}}>{{/each}}" },
        { "labels", "{{labels.voir}} {{@root.labels.voir}}" },
    };

    [Theory]
    [MemberData(nameof(Covered))]
    public void A_covered_template_writes_what_handlebars_net_writes(string what, string template)
    {
        var (fast, slow, set) = RenderBoth(template);
        Assert.True(set.IsFast, what);
        Assert.Equal(0, set.Fallbacks);
        Assert.Equal(slow, fast);
    }

    [Theory]
    [InlineData("{{~title~}} {{title}}", false)]
    [InlineData("{{#each items}}{{this}}{{/each}}", true)]
    [InlineData("{{#each items}}{{> rang}}{{/each}}", true)]
    [InlineData("{{#if flag}}{{flag}}{{/if}}", true)]
    public void What_the_subset_does_not_cover_is_left_to_handlebars_net_with_the_same_result(string template, bool parsed)
    {
        var (fast, slow, set) = RenderBoth(template);
        Assert.Equal(parsed, set.IsFast);
        if (parsed) Assert.Equal(1, set.Fallbacks);
        Assert.Equal(slow, fast);
    }

    /// <summary>
    /// Handlebars.Net 2.4.3 writes the values of a partial indented on its own line unescaped (« {{x}} »
    /// as « {{{x}}} »): a label with a quote would end the attribute it is in. The fast renderer escapes
    /// them, as Handlebars does everywhere else; the manual's indented partial (the search box) writes
    /// no such character, so its pages are the same either way.
    /// </summary>
    [Fact]
    public void Values_in_an_indented_partial_are_escaped_unlike_handlebars_net()
    {
        var (fast, slow, _) = RenderBoth("    {{> titre}}\n");
        Assert.Equal("    a &amp; &lt;b&gt; &quot;c&quot; &#x27;d&#x27; &#x60;e&#x60; &#x3D;f\n", fast);
        Assert.Equal("    a & <b> \"c\" 'd' `e` =f\n", slow);
    }

    [Fact]
    public void A_name_the_model_lacks_fails_as_with_handlebars_net()
    {
        var fast = Assert.Throws<TemplateFailure>(() => RenderBoth("{{#each items}}{{nom}}{{/each}}"));
        Assert.Contains("« nom »", fast.Detail, StringComparison.Ordinal);
    }

    private static (string Fast, string Slow, TemplateSet FastSet) RenderBoth(string template)
    {
        using var project = new TempProject();
        foreach (var name in TemplateSet.Required) project.Write($"templates/{name}.hbs", name == "home" ? template : "");
        project.Write("templates/partials/bloc.hbs", "{{!-- c --}}\n<div>\n\n  {{count}} {{first.name}}\n</div>\n");
        project.Write("templates/partials/liste.hbs", "{{#each items}}{{name}} {{/each}}");
        project.Write("templates/partials/rang.hbs", "{{@index}}");
        project.Write("templates/partials/titre.hbs", "{{title}}\n");
        var model = new SnippetModel();
        var fastSet = TemplateSet.Load(project.PathOf("templates"), "templates", new DiagnosticBag())!;
        var slowSet = TemplateSet.Load(project.PathOf("templates"), "templates", new DiagnosticBag(), fast: false)!;
        var fast = fastSet.Render("home", model);
        var slow = slowSet.Render("home", model);
        return (fast, slow, fastSet);
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    private sealed class SnippetModel : ITemplateModel
    {
        public string Title => "a & <b> \"c\" 'd' `e` =f";

        public bool Flag => true;

        public int Count => 3;

        public int Zero => 0;

        public string Blank => "";

        public string? Missing => null;

        public IReadOnlyList<SnippetItem> Items { get; } = [new("un"), new("deux & trois"), new("quatre")];

        public IReadOnlyList<SnippetItem> Empty { get; } = [];

        public IReadOnlyList<SnippetItem> Plain { get; } = [new("a"), new("b")];

        public IReadOnlyList<SnippetItem>? None => null;

        public SnippetItem First => Items[0];

        public IReadOnlyList<string> Words { get; } = ["x<y", "z"];

        public LabelTable Labels { get; } = new(new Dictionary<string, string> { ["voir"] = "Voir les {n} & plus" });
    }

    private sealed class SnippetItem(string name) : ITemplateModel
    {
        public string Name => name;
    }
}
