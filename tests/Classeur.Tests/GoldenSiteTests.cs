using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// End to end: the base test site is built with the real templates and every output file must equal
/// its golden copy in Golden/base/. After a deliberate change of output, regenerate the copies with
/// `CLASSEUR_UPDATE_GOLDEN=1 dotnet test` and review the diff before committing it.
/// </summary>
public sealed class GoldenSiteTests
{
    private static readonly string GoldenDirectory = Path.Combine(RepositoryPaths.TestProject, "Golden", "base");

    [Fact]
    public void Builds_the_base_site_as_the_golden_copy()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var all = Files(site.Output);
        // Template assets are published as they are: they must equal their source, and the golden
        // copy does not keep a second copy of them.
        var copied = all.Keys.Where(IsCopiedTemplateAsset).ToList();
        Assert.NotEmpty(copied);
        foreach (var path in copied)
            Assert.True(all[path].AsSpan().SequenceEqual(File.ReadAllBytes(TemplateSource(path))), $"{path} differs from templates/{path}.");
        var actual = all.Where(f => !IsCopiedTemplateAsset(f.Key)).ToDictionary(f => f.Key, f => WithoutMapOutlines(f.Key, f.Value), StringComparer.Ordinal);

        if (Environment.GetEnvironmentVariable("CLASSEUR_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(GoldenDirectory)) Directory.Delete(GoldenDirectory, recursive: true);
            foreach (var (path, bytes) in actual)
            {
                var target = Path.Combine(GoldenDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }

        var expected = Files(GoldenDirectory);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from its golden copy (Golden/base/{path}).");
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = FixtureSite.Create();
        using var second = FixtureSite.Create();
        SiteBuilder.Run(new BuildOptions(first.Root));
        SiteBuilder.Run(new BuildOptions(second.Root));
        SiteBuilder.Run(new BuildOptions(second.Root));

        var a = Files(first.Output);
        var b = Files(second.Output);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), file.Key));
    }

    /// <summary>
    /// The départements' outlines come from an npm package (CC-BY-4.0) as they are: the golden copy keeps
    /// the page around them, not a copy of the package's data (KnowledgeBaseTests check the map itself).
    /// </summary>
    private static byte[] WithoutMapOutlines(string path, byte[] bytes) =>
        path != "territoires.html" ? bytes : System.Text.Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(
            System.Text.Encoding.UTF8.GetString(bytes), "(<path class=\"carte-[a-z]+\"(?: fill=\"[^\"]*\")?) d=\"[^\"]*\"", "$1 d=\"\""));

    private static string TemplateSource(string path) => Path.Combine(RepositoryPaths.Templates, path);

    private static bool IsCopiedTemplateAsset(string path) =>
        path.StartsWith("assets/", StringComparison.Ordinal) && File.Exists(TemplateSource(path));

    /// <summary>
    /// Every output file but the npm packages copied as they are (assets/lunr/): those are not Classeur's
    /// output, and a copy of them in the repository would be a copy of someone else's code.
    /// </summary>
    private static Dictionary<string, byte[]> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(directory, f).Replace('\\', '/').StartsWith("assets/lunr/", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal)
            : [];
}
