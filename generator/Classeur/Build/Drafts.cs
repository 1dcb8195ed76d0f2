using Classeur.Diagnostics;
using Classeur.Model;
using Classeur.Validation;

namespace Classeur.Build;

/// <summary>
/// Drafts (`status: brouillon`) as Hugo treats them: checked like any fiche, then left out of what a
/// plain build publishes. A published fiche that cites a draft would link to a missing page: the
/// manual without its drafts is validated again, and only what that second pass adds (each citation
/// of a draft, with its own explanation) is reported.
/// </summary>
internal static class Drafts
{
    public static Manual LeaveOut(Manual manual, BuildOptions options, IReadOnlySet<string> contentFiles, DiagnosticBag diagnostics)
    {
        if (options.IncludeDrafts || !manual.Fiches.Any(f => f.IsDraft)) return manual;
        var published = new Manual([.. manual.Fiches.Where(f => !f.IsDraft)], manual.Keywords, manual.Bibliography, manual.Glossary)
        {
            UnpublishedDrafts = [.. manual.Fiches.Where(f => f.IsDraft)],
        };
        var again = new DiagnosticBag();
        new ManualValidator(published, contentFiles).Validate(again);
        var known = diagnostics.Sorted().ToHashSet();
        foreach (var diagnostic in again.Sorted().Where(d => !known.Contains(d)))
            diagnostics.Add(diagnostic);
        return published;
    }
}
