using Classeur.Build;
using Classeur.Diagnostics.Formats;

namespace Classeur.Cli;

/// <summary>
/// `check --strict` lists the drafts a plain build leaves out, so that nobody believes a fiche is
/// online when it is not. A list, not a failure: a draft may wait in the main branch, as in Hugo.
/// </summary>
public static class DraftList
{
    public static IEnumerable<string> Lines(BuildResult result, DiagnosticFormat format) =>
        result.UnpublishedDrafts.Select(draft =>
        {
            var text = $"brouillon non publié par build : {draft.Id.Value} – {draft.Title} (retirez « status: brouillon » pour le publier)";
            // A GitHub notice shows on the file in the pull request without failing the job.
            return format == DiagnosticFormat.Github
                ? $"::notice file={draft.SourcePath},line=1,title=Brouillon::{text}"
                : $"{draft.SourcePath} : {text}";
        });
}
