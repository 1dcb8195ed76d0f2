using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: `dotnet publish -c Release` gives a Native AOT executable (no JIT at start-up). It must do
/// what the library does in-process: the same site byte for byte, the print models rendered (a tagged
/// repository compares its fiches with the last edition's printed texts), check and its closing line.
/// </summary>
[Collection(GeneratorPublishingCollection.Name)]
public sealed class NativeAotTests
{
    [Fact]
    [Trait("Category", "Lent")]
    public void The_published_native_command_builds_the_same_site_as_the_library()
    {
        using var bin = new TempProject();
        var (published, log) = Shell.Run($"dotnet publish generator/Classeur.Cli -c Release -o '{bin.Root}'", RepositoryPaths.Root);
        Assert.True(published == 0, log);
        var command = Path.Combine(bin.Root, "Classeur.Cli");
        Assert.True(File.Exists(command), log);
        Assert.False(File.Exists(Path.Combine(bin.Root, "Classeur.dll")), "a native executable, not assemblies for the JIT");

        using var site = FixtureSite.Create();
        GitFixture.Git(site.Root, null, "init", "-q", "-b", "main");
        GitFixture.CommitAll(site, "Première édition", "2025-01-10T10:00:00+01:00");
        GitFixture.Git(site.Root, "2025-01-10T10:05:00+01:00", "tag", "-a", "edition-2025", "-m", "Édition imprimée");
        var fiche = Directory.EnumerateFiles(site.PathOf("content/reperes"), "I-B-1-*.md").Single();
        File.WriteAllText(fiche, File.ReadAllText(fiche).Replace("\n## ", "\nUne phrase ajoutée.\n\n## ", StringComparison.Ordinal));

        var (code, output) = Shell.Run($"'{command}' build --project '{site.Root}' --output '{site.PathOf("natif")}'", site.Root,
            new Dictionary<string, string> { ["CLASSEUR_CACHE"] = site.PathOf("cache") });
        Assert.True(code == 0, output);
        Assert.Contains("Depuis l’édition edition-2025 (10 janvier 2025) : 1 fiche à réimprimer", output, StringComparison.Ordinal);
        Assert.Contains("Site construit :", output, StringComparison.Ordinal);

        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = site.PathOf("bibliotheque"), CompareWithLatestEdition = true }).Written);
        var files = Files(site.PathOf("bibliotheque"));
        Assert.Equal(files, Files(site.PathOf("natif")));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(site.PathOf("bibliotheque"), f)).SequenceEqual(File.ReadAllBytes(Path.Combine(site.PathOf("natif"), f))), f));

        Assert.DoesNotContain("ramasse-miettes serveur", output, StringComparison.Ordinal);

        // A manual past the threshold (here 1 byte) is built by the command started again with the server
        // collector, which says so on its stage line: the same site, the same closing line.
        (code, output) = Shell.Run($"'{command}' build --project '{site.Root}' --output '{site.PathOf("natif-serveur")}'", site.Root,
            new Dictionary<string, string> { ["CLASSEUR_CACHE"] = site.PathOf("cache"), ["CLASSEUR_SEUIL_GC_SERVEUR"] = "1" });
        Assert.True(code == 0, output);
        Assert.Contains("ramasse-miettes serveur", output, StringComparison.Ordinal);
        Assert.Contains("Site construit :", output, StringComparison.Ordinal);
        Assert.Equal(files, Files(site.PathOf("natif-serveur")));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(site.PathOf("natif"), f)).SequenceEqual(File.ReadAllBytes(Path.Combine(site.PathOf("natif-serveur"), f))), f));

        (code, output) = Shell.Run($"'{command}' check --project '{site.Root}'", site.Root);
        Assert.True(code == 0, output);
        Assert.Contains("Vérification terminée", output, StringComparison.Ordinal);

        // `classeur` leaves Chromium's driver out (it starts faster) and hands `print` to the print
        // executable published beside it, which writes real PDFs and says so on the same terminal.
        Assert.False(Contains(File.ReadAllBytes(command), "PuppeteerSharp"u8), "the native classeur must not carry Chromium's driver");
        Assert.True(File.Exists(Path.Combine(bin.Root, "classeur-impression")), log);
        (code, output) = Shell.Run($"'{command}' print --project '{site.Root}' --output '{site.PathOf("imprime")}' --fiches I-B-1 --chromium '{PdfTools.Chromium}'", site.Root,
            new Dictionary<string, string> { ["CLASSEUR_CACHE"] = site.PathOf("cache") });
        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^Impression terminée : 1 PDF, \d+ pages?, en \d+,\d s", output);
        Assert.True(PdfTools.Pages(site.PathOf("imprime/imprimer/fiche-i-b-1.pdf")) > 0);

        // Copied alone (File.Copy keeps its mode), classeur says where the print executable should be and how to get it.
        using var alone = new TempProject();
        File.Copy(command, alone.PathOf("classeur"));
        (code, output) = Shell.Run($"'{alone.PathOf("classeur")}' print --project '{site.Root}'", site.Root);
        Assert.Equal(3, code);
        Assert.Contains($"l'exécutable d'impression est introuvable ({alone.PathOf("classeur-impression")})", output, StringComparison.Ordinal);
        // Beside it, something that is not an executable: said in French too, no stack trace.
        File.WriteAllText(alone.PathOf("classeur-impression"), "pas un exécutable");
        (code, output) = Shell.Run($"'{alone.PathOf("classeur")}' print --project '{site.Root}'", site.Root);
        Assert.Equal(3, code);
        Assert.Contains($"l'exécutable d'impression ({alone.PathOf("classeur-impression")}) n'a pas pu démarrer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
