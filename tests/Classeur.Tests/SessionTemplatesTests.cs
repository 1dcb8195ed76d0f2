using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: in a preview session the templates are compiled once and kept while their texts stay the
/// same; an edit to a fiche reuses them, an edit to a template compiles them again and shows.
/// </summary>
public sealed class SessionTemplatesTests
{
    [Fact]
    public void A_preview_compiles_the_templates_again_only_when_one_changes()
    {
        using var site = FixtureSite.Create();
        var options = new BuildOptions(site.Root) { Session = new BuildSession() };
        Assert.True(SiteBuilder.Run(options).Written);
        var compiled = options.Session.Templates;
        Assert.NotNull(compiled);

        var fiche = Directory.EnumerateFiles(site.PathOf("content/experiences"), "III-1-*.md").Single();
        File.WriteAllText(fiche, File.ReadAllText(fiche).Replace("\n## ", "\nUne phrase ajoutée.\n\n## ", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Run(options).Written);
        Assert.Same(compiled, options.Session.Templates);
        Assert.Contains("Une phrase ajoutée.", site.Read("_site/fiches/iii-1.html"), StringComparison.Ordinal);

        var footer = Directory.EnumerateFiles(site.PathOf("templates"), "*.hbs", SearchOption.AllDirectories).First(f => File.ReadAllText(f).Contains("</body>", StringComparison.Ordinal));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</body>", "<!-- gabarit modifié --></body>", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Run(options).Written);
        Assert.NotSame(compiled, options.Session.Templates);
        Assert.Contains("<!-- gabarit modifié -->", site.Read("_site/fiches/iii-1.html"), StringComparison.Ordinal);
    }
}
