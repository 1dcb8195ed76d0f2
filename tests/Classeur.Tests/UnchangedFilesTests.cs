using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: a rebuild still replaces the whole site at once, but the files whose bytes did not change
/// are taken over from the previous site (hard links) instead of being written again: they keep their
/// date, the changed ones get a new one, and the bytes are those a fresh build writes.
/// </summary>
public sealed class UnchangedFilesTests
{
    [Fact]
    public void A_rebuild_takes_over_unchanged_files_and_rewrites_the_changed_ones()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        var page = Path.Combine(site.Output, "fiches", "iii-1.html");
        var image = Path.Combine(site.Output, "contenu", "assets", "schema.png");
        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(page, longAgo);
        File.SetLastWriteTimeUtc(image, longAgo);

        var fiche = Directory.EnumerateFiles(site.PathOf("content/experiences"), "III-1-*.md").Single();
        File.WriteAllText(fiche, File.ReadAllText(fiche).Replace("\n## ", "\nUne phrase ajoutée.\n\n## ", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);

        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(image));
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(page));
        Assert.Contains("Une phrase ajoutée.", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site*"));

        // The same bytes as a build into an empty folder.
        using var fresh = new TempProject();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = fresh.PathOf("site") }).Written);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(fresh.PathOf("site"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fresh.PathOf("site"), f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(fresh.PathOf("site"), f)), File.ReadAllBytes(Path.Combine(site.Output, f))));
    }

    /// <summary>
    /// A file of the previous site changed by hand, its length kept (one byte, in the first piece read or past
    /// it in a file longer than the 64 KiB read at a time), is written again, not taken over.
    /// </summary>
    [Fact]
    public void A_file_changed_in_place_with_the_same_length_is_written_again()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToList();
        var small = Path.Combine(site.Output, "fiches", "iii-1.html");
        var large = files.MaxBy(f => new FileInfo(f).Length)!;
        Assert.True(new FileInfo(large).Length > 70_000, large);
        var expected = new Dictionary<string, byte[]>();
        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var (path, at) in new[] { (small, 10), (large, (int)new FileInfo(large).Length - 10) })
        {
            var bytes = File.ReadAllBytes(path);
            expected[path] = (byte[])bytes.Clone();
            bytes[at] = (byte)(bytes[at] == (byte)'x' ? 'y' : 'x');
            File.WriteAllBytes(path, bytes);
            File.SetLastWriteTimeUtc(path, longAgo);
        }

        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);

        foreach (var (path, bytes) in expected)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
            Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(path));
        }
    }

    /// <summary>A symbolic link left in the previous site (by hand, or by a deploy tool) is not taken over: the new site has a file of its own.</summary>
    [Fact]
    public void A_symbolic_link_in_the_previous_site_is_written_as_a_file()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        var page = Path.Combine(site.Output, "fiches", "iii-1.html");
        using var elsewhere = new TempProject();
        var target = elsewhere.PathOf("iii-1.html");
        File.Copy(page, target);
        File.Delete(page);
        File.CreateSymbolicLink(page, target);

        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);

        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Equal(File.ReadAllBytes(target), File.ReadAllBytes(page));
    }
}
