using Classeur.Diagnostics;
using Classeur.Model;
using Classeur.Text;

namespace Classeur.Validation;

/// <summary>Rules on front-matter relations: keywords, see_also, dimensions, bibliography refs.</summary>
internal static class RelationRules
{
    public static void Check(Fiche fiche, Manual manual, FicheSuggester suggester, DiagnosticBag diagnostics)
    {
        foreach (var keyword in fiche.Keywords)
        {
            if (!manual.KeywordsById.ContainsKey(keyword.Value))
                diagnostics.Report(DiagnosticCatalog.UnknownKeyword, keyword.Location, keyword.Value,
                    Suggestions.DidYouMean(Suggestions.Nearest(keyword.Value, manual.KeywordsById.Keys)));
        }
        ReportDuplicates(fiche.Keywords, "keywords", diagnostics);

        CheckFicheList(fiche, fiche.SeeAlso, "see_also", null, manual, suggester, diagnostics);
        CheckFicheList(fiche, fiche.Dimensions, "dimensions", FicheType.Repere, manual, suggester, diagnostics);

        foreach (var resource in fiche.Resources)
        {
            // A ref to a resource page (RES-001) is LibraryRules' to check.
            if (resource.Ref is { } reference && !manual.RecordsById.ContainsKey(reference.Value) && !LibraryRules.IsResourceId(reference.Value))
                diagnostics.Report(DiagnosticCatalog.UnknownBibliographyRef, reference.Location, reference.Value,
                    Suggestions.DidYouMean(Suggestions.Nearest(reference.Value, manual.RecordsById.Keys)));
        }
    }

    private static void CheckFicheList(Fiche fiche, IReadOnlyList<Located<string>> ids, string field, FicheType? required,
        Manual manual, FicheSuggester suggester, DiagnosticBag diagnostics)
    {
        foreach (var id in ids)
        {
            var target = manual.Find(id.Value);
            if (target is null)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownFiche, id.Location, id.Value,
                    suggester.Suggest(id.Value, required is null ? null : f => f.Type == required, fiche));
                continue;
            }
            if (target == fiche)
                diagnostics.Report(DiagnosticCatalog.SelfReference, id.Location, id.Value, $"champ {field}");
            else if (required is { } type && target.Type != type)
                diagnostics.Report(DiagnosticCatalog.WrongRelationType, id.Location, $"Le champ {field}",
                    $"{FicheTypes.WithArticle(type)} (I-B-…, I-C-1-…, I-C-2-…)", id.Value, FicheTypes.WithArticle(target.Type),
                    " Retirez-le, ou citez-le dans see_also.");
        }
        ReportDuplicates(ids, field, diagnostics);
    }

    private static void ReportDuplicates(IReadOnlyList<Located<string>> values, string field, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in values.GroupBy(v => v.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            diagnostics.Report(DiagnosticCatalog.DuplicateRelation, duplicate.Skip(1).First().Location, duplicate.Key, field);
    }
}
