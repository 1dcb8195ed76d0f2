using Classeur.Cli.Serve;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>Issue 22, point 6: saves made while the preview builds give one build after it, not a queue.</summary>
public sealed class PreviewRebuildTests
{
    [Fact]
    public async Task Requests_made_during_a_build_give_one_build_after_it()
    {
        using var site = FixtureSite.Create();
        using var preview = new PreviewSite(site.Root);
        var builds = 0;
        preview.Rebuilt += _ => Interlocked.Increment(ref builds);

        for (var i = 0; i < 20; i++) preview.RequestRebuild();
        await preview.Idle().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, builds);
        Assert.Equal(2, preview.Generation);
        Assert.True(preview.LastResult!.Written);
    }
}
