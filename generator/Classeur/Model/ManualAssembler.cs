using Classeur.Diagnostics;

namespace Classeur.Model;

/// <summary>
/// Puts parsed fiches into the manual's order and reports duplicate ids. Pages listed in
/// <c>order.before</c> come first, then repères, méthodes and expériences by id, then the other pages.
/// What could not be read (<see cref="UnreadableSources"/>) goes with the manual, for the validator.
/// </summary>
internal static class ManualAssembler
{
    public static Manual Assemble(
        IEnumerable<Fiche> parsed, IReadOnlyList<Keyword> keywords, IReadOnlyList<BibliographyRecord> bibliography,
        IReadOnlyList<string> pagesBefore, IReadOnlyList<string> pagesAfter, DiagnosticBag diagnostics,
        IReadOnlyList<GlossaryTerm>? glossary = null, UnreadableSources? unreadable = null)
    {
        var unique = new Dictionary<string, Fiche>(StringComparer.Ordinal);
        foreach (var fiche in parsed.OrderBy(f => f.SourcePath, StringComparer.Ordinal))
        {
            if (unique.TryGetValue(fiche.Id.Value, out var first))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateId, fiche.Location, fiche.Id.Value, first.SourcePath);
                continue;
            }
            unique[fiche.Id.Value] = fiche;
        }

        int Rank(Fiche f)
        {
            // The library (resources, external cases) follows the whole manual, annexes included.
            if (FicheTypes.IsLibrary(f.Type)) return 4_000_000;
            if (f.Type != FicheType.Page) return 1_000_000;
            var before = IndexOf(pagesBefore, f.Id.Value);
            if (before >= 0) return before;
            var after = IndexOf(pagesAfter, f.Id.Value);
            return after >= 0 ? 2_000_000 + after : 3_000_000;
        }

        var ordered = unique.Values
            .OrderBy(Rank)
            .ThenBy(f => f.Id)
            .ToList();
        return new Manual(ordered, keywords, bibliography, glossary) { Unreadable = unreadable ?? new UnreadableSources() };
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value) return i;
        }
        return -1;
    }
}
