using Classeur.Diagnostics;
using Classeur.Model;

namespace Classeur.Validation;

/// <summary>
/// Runs every rule on the assembled manual and collects every problem; nothing stops at the first.
/// Drafts are validated like any fiche: being a draft never hides a broken link.
/// </summary>
internal sealed class ManualValidator(Manual manual, IReadOnlySet<string> contentFiles)
{
    private readonly FicheSuggester _suggester = new(manual);

    public void Validate(DiagnosticBag all)
    {
        // A reference to a fiche or data entry that could not be read repeats an error already reported.
        var diagnostics = all.Except(manual.Unreadable.Covers);
        Parallel.ForEach(manual.Fiches, fiche =>
        {
            RelationRules.Check(fiche, manual, _suggester, diagnostics);
            BodyRules.Check(fiche, manual, _suggester, contentFiles, diagnostics);
            LibraryRules.Check(fiche, manual, _suggester, diagnostics);
        });
        LibraryRules.CheckGlossary(manual, _suggester, diagnostics);
    }
}
