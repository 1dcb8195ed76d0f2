using System.Text.Json.Nodes;
using Classeur.Editions;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: the last edition's printed texts are computed once and kept in the user's cache folder,
/// keyed by the tagged commit, the print templates, site.yml and the version of Classeur; the next
/// builds read them from there instead of taking the edition out of Git and typesetting it again.
/// </summary>
public sealed partial class ReprintTests
{
    [Fact]
    public void The_last_edition_is_typeset_once_then_read_from_the_cache()
    {
        using var site = EditedSinceEdition();
        using var cache = new TempProject();
        EditionCache.FolderForTests.Value = cache.Root;
        try
        {
            var (code, stdout, error) = ClasseurCommand.Run("build", "--project", site.Root);
            Assert.True(code == 0, stdout + error);
            Assert.Contains("2 fiches à réimprimer, 1 à retirer", stdout, StringComparison.Ordinal);
            var kept = Assert.Single(Directory.EnumerateFiles(cache.Root, "*.json"));

            // What the cache says is what the comparison uses: an older text for II-1 makes it one to reprint.
            var fiches = JsonNode.Parse(File.ReadAllText(kept))!.AsArray();
            fiches.Single(f => (string?)f!["Id"] == "II-1")!["Text"] = "Un texte imprimé autrefois.";
            File.WriteAllText(kept, fiches.ToJsonString());
            (code, stdout, error) = ClasseurCommand.Run("build", "--project", site.Root);
            Assert.True(code == 0, stdout + error);
            Assert.Contains("3 fiches à réimprimer, 1 à retirer", stdout, StringComparison.Ordinal);

            // A change to the print templates is another key: the edition is typeset again.
            site.Write("templates/impression/fiche.hbs", site.Read("templates/impression/fiche.hbs") + "\n");
            (code, stdout, error) = ClasseurCommand.Run("build", "--project", site.Root);
            Assert.True(code == 0, stdout + error);
            Assert.Contains("2 fiches à réimprimer, 1 à retirer", stdout, StringComparison.Ordinal);
            Assert.Equal(2, Directory.EnumerateFiles(cache.Root, "*.json").Count());
        }
        finally
        {
            EditionCache.FolderForTests.Value = null;
        }
    }
}
