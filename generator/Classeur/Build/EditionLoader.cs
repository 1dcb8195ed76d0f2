using Classeur.Editions;
using Classeur.Print;

using Classeur.Rendering;

namespace Classeur.Build;

/// <summary>
/// A past edition's printed texts: its content folder taken from Git into a temporary folder and
/// rendered for paper with today's print templates and site.yml, so that only changes to the content
/// count, not a new layout, and never the web's navigation or suggestions. Nothing is written into the
/// site. A stage of the build (it runs the loading stages on the old content), hence here and not in
/// Editions, which knows nothing of the build.
/// </summary>
internal static class EditionLoader
{
    /// <param name="templatesDirectory">Where the print templates are: the texts are then kept in <see cref="EditionCache"/>.</param>
    public static (EditionBaseline? Baseline, string? Problem) Load(string projectRoot, string contentDirectory, EditionReference edition,
        string? templatesDirectory = null)
    {
        var key = templatesDirectory is null ? null : EditionCache.Key(edition.Commit, projectRoot, templatesDirectory);
        if (key is not null && EditionCache.Read(key) is { } kept) return (new EditionBaseline(edition, kept), null);
        var git = GitRepository.Find(contentDirectory);
        if (git is null) return (null, "le dossier des fiches n'est plus dans un dépôt Git.");
        var temporary = Path.Combine(Path.GetTempPath(), "classeur-edition-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(temporary, "content");
            Directory.CreateDirectory(content);
            if (!git.Extract(edition.Commit, git.Relative(contentDirectory), content))
                return (null, $"le dossier des fiches n'existait pas encore dans {edition.Description}.");
            var loaded = SiteBuilder.Load(new BuildOptions(projectRoot) { ContentDirectory = content });
            var paper = PaperTexts.For(loaded);
            if (paper is null)
            {
                var errors = loaded.Diagnostics.Sorted().Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
                var first = errors.Count > 0 ? $" Première erreur : {errors[0].Message}" : "";
                return (null, $"les fiches de {edition.Description} ne se lisent plus avec la version actuelle de Classeur ({errors.Count} erreur{(errors.Count > 1 ? "s" : "")}).{first}");
            }
            var fiches = FichePdfs.Printable(loaded.Manual)
                .AsParallel().AsOrdered()
                .Select(f => new PrintedFiche(f.Id.Value, f.CitationText, paper.Text(f), FicheEdition.Of(f, loaded.Config)))
                .ToList();
            if (key is not null) EditionCache.Write(key, fiches);
            return (new EditionBaseline(edition, fiches), null);
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }
}
