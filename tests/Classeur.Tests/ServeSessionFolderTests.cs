using Classeur.Cli.Serve;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>A preview cleans the folders of killed previews, never those of another preview of the same process.</summary>
public sealed class ServeSessionFolderTests
{
    [Fact]
    public void A_second_preview_in_the_same_process_leaves_the_first_ones_folder()
    {
        using var project = FixtureSite.Create();
        using var first = new PreviewSite(project.Root);
        Assert.True(first.Rebuild().Written);

        using var second = new PreviewSite(project.Root);

        Assert.True(File.Exists(Path.Combine(first.OutputDirectory, "index.html")));
    }
}
