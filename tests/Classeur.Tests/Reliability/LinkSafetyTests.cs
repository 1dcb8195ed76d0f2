using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22, point 2: nothing outside the project is read or published. A symbolic link under
/// content/ or templates/ that leads out of its folder is reported by name and not followed; a loop
/// of links is reported once, not walked until the path is too long.
/// </summary>
public sealed class LinkSafetyTests : IDisposable
{
    private readonly TempProject _outside = new();

    public LinkSafetyTests() => _outside.Write("secret.txt", "JETON_SECRET=abc123");

    [Fact]
    public void Links_out_of_content_are_reported_and_nothing_of_theirs_is_published()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        File.CreateSymbolicLink(site.PathOf("content/assets/env.txt"), _outside.PathOf("secret.txt"));
        File.CreateSymbolicLink(site.PathOf("content/assets/hostname"), "/etc/hostname");
        Directory.CreateSymbolicLink(site.PathOf("content/assets/ailleurs"), _outside.Root);

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        Assert.Equal(
            ["content/assets/ailleurs: error CLS0005", "content/assets/env.txt: error CLS0005", "content/assets/hostname: error CLS0005"],
            result.Diagnostics.Select(d => $"{d.Location}: error {d.Code}"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("« /etc/hostname »", StringComparison.Ordinal));
        Assert.False(result.Written);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("JETON_SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_inside_content_is_followed()
    {
        using var site = FixtureSite.Create();
        File.CreateSymbolicLink(site.PathOf("content/assets/copie.png"), "schema.png");
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "contenu/assets/copie.png")));
    }

    [Fact]
    public void A_loop_of_links_is_reported_once()
    {
        using var site = FixtureSite.Create();
        Directory.CreateSymbolicLink(site.PathOf("content/reperes/boucle"), "..");

        var result = SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0006", diagnostic.Code);
        Assert.Equal("content/reperes/boucle", diagnostic.Location.Path);
    }

    [Fact]
    public void A_link_out_of_templates_is_reported_and_no_template_is_read()
    {
        using var site = FixtureSite.Create();
        File.CreateSymbolicLink(site.PathOf("templates/assets/env.txt"), _outside.PathOf("secret.txt"));

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0005", diagnostic.Code);
        Assert.Equal("templates/assets/env.txt", diagnostic.Location.Path);
        Assert.False(Directory.Exists(site.Output));
    }

    public void Dispose() => _outside.Dispose();
}
