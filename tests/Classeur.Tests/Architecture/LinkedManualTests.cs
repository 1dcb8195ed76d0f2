using Classeur.Build;
using Classeur.Model;
using Classeur.Rendering;
using Classeur.Tests.Support;

namespace Classeur.Tests.Architecture;

/// <summary>
/// The link phase is a hand-off, not a change: it returns the linked manual as a new value (with its
/// backlinks) and leaves the parsed one as it was; pages are rendered from the linked one only.
/// </summary>
public sealed class LinkedManualTests
{
    [Fact]
    public void The_loaded_manual_is_the_linked_one_and_an_unlinked_copy_has_no_backlinks()
    {
        using var site = FixtureSite.Create();
        var loaded = SiteBuilder.Load(new BuildOptions(site.Root) { CheckOnly = true });
        var linked = loaded.Manual;
        Assert.True(linked.IsLinked);
        var cited = linked.Fiches.First(f => linked.BacklinksTo(f).Count > 0);

        var unlinked = new Manual(linked.Fiches, linked.Keywords, linked.Bibliography, linked.Glossary);

        Assert.False(unlinked.IsLinked);
        Assert.Empty(unlinked.BacklinksTo(cited));
        Assert.NotEmpty(linked.BacklinksTo(cited));
    }

    [Fact]
    public void Rendering_the_unlinked_manual_is_refused()
    {
        using var site = FixtureSite.Create();
        var loaded = SiteBuilder.Load(new BuildOptions(site.Root) { CheckOnly = true });
        var unlinked = new Manual(loaded.Manual.Fiches, loaded.Manual.Keywords, loaded.Manual.Bibliography, loaded.Manual.Glossary);
        var templates = TemplateSet.Load(loaded.TemplatesDirectory, "templates", loaded.Diagnostics)!;

        var error = Assert.Throws<InvalidOperationException>(() => new PageRenderer(unlinked, loaded.Config, templates, loaded.Pipeline));

        Assert.Contains("manuel lié", error.Message, StringComparison.Ordinal);
    }
}
