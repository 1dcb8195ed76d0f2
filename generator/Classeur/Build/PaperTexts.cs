using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Print;

namespace Classeur.Build;

/// <summary>The fiches of a loaded manual as paper prints them, to compare two editions; null when the content or the print templates have errors.</summary>
internal static class PaperTexts
{
    public static PaperFiches? For(LoadedManual loaded, DiagnosticBag? diagnostics = null)
    {
        if (loaded.Diagnostics.Sorted().Any(d => d.Severity == Severity.Error)) return null;
        var templates = PrintTemplates.Load(loaded.TemplatesDirectory, ContentLoader.Relative(loaded.ProjectRoot, loaded.TemplatesDirectory), diagnostics ?? loaded.Diagnostics);
        return templates is null ? null : new PaperFiches(loaded.Manual, loaded.Config, loaded.Pipeline, templates);
    }
}
