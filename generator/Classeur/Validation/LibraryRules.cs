using System.Text.RegularExpressions;
using Classeur.Diagnostics;
using Classeur.Model;
using Classeur.Text;

namespace Classeur.Validation;

/// <summary>
/// Rules of the library: a resource's related fiches, cases and records; an external case's source;
/// refs to resources from any fiche; the glossary. `cases` (on the resource) and `source.ref` (on the
/// case) are both written by editors, so both are checked to agree rather than one being computed.
/// </summary>
internal static partial class LibraryRules
{
    public static bool IsResourceId(string id) => FicheId.TryParse(id)?.Type == FicheType.Ressource;

    public static void Check(Fiche fiche, Manual manual, FicheSuggester suggester, DiagnosticBag diagnostics)
    {
        foreach (var reference in fiche.Resources.Select(r => r.Ref).OfType<Located<string>>().Where(r => IsResourceId(r.Value)))
            CheckResource(reference, manual, diagnostics);

        if (fiche.Source is { } source && CheckResource(source.Ref, manual, diagnostics) is { } resource
            && !resource.Cases.Any(c => c.Value == fiche.Id.Value))
            diagnostics.Report(DiagnosticCatalog.CaseNotReciprocal, source.Ref.Location,
                $"l'expérience externe « {fiche.Id.Value} » dit venir de « {resource.Id.Value} », qui ne la compte pas parmi ses cas.",
                fiche.Id.Value, "cases", resource.Id.Value);

        foreach (var related in fiche.Related)
        {
            var target = manual.Find(related.Fiche.Value);
            if (target is null)
                diagnostics.Report(DiagnosticCatalog.UnknownFiche, related.Fiche.Location, related.Fiche.Value,
                    suggester.Suggest(related.Fiche.Value, f => !FicheTypes.IsLibrary(f.Type), fiche));
            else if (FicheTypes.IsLibrary(target.Type))
                diagnostics.Report(DiagnosticCatalog.WrongRelationType, related.Fiche.Location, "Le champ related",
                    "une fiche du manuel (repère, méthode, expérience ou page)", target.Id.Value, FicheTypes.WithArticle(target.Type),
                    target.Type == FicheType.ExperienceExterne ? " Citez-la dans cases." : " Retirez-la.");
        }
        ReportDuplicates(fiche.Related.Select(r => r.Fiche).ToList(), "related", diagnostics);

        foreach (var id in fiche.Cases)
        {
            var target = manual.Find(id.Value);
            if (target is null)
                diagnostics.Report(DiagnosticCatalog.UnknownCase, id.Location, id.Value,
                    Suggest(id.Value, manual, FicheType.ExperienceExterne));
            else if (target.Type != FicheType.ExperienceExterne)
                diagnostics.Report(DiagnosticCatalog.WrongRelationType, id.Location, "Le champ cases",
                    "une expérience externe (EXP-nnn-k)", target.Id.Value, FicheTypes.WithArticle(target.Type),
                    target.Type == FicheType.Experience ? " Pour une fiche du manuel, utilisez related." : "");
            else if (target.Source?.Ref.Value != fiche.Id.Value)
                diagnostics.Report(DiagnosticCatalog.CaseNotReciprocal, id.Location,
                    $"la ressource « {fiche.Id.Value} » compte « {target.Id.Value} » parmi ses cas, mais ce cas indique une autre source ({target.Source?.Ref.Value ?? "aucune"}).",
                    fiche.Id.Value, "source.ref", target.Id.Value);
        }
        ReportDuplicates(fiche.Cases, "cases", diagnostics);

        foreach (var record in fiche.BibliographyRefs.Where(r => !manual.RecordsById.ContainsKey(r.Value)))
            diagnostics.Report(DiagnosticCatalog.UnknownBibliographyRef, record.Location, record.Value,
                Suggestions.DidYouMean(Suggestions.Nearest(record.Value, manual.RecordsById.Keys)));
        ReportDuplicates(fiche.BibliographyRefs, "bibliography", diagnostics);
    }

    /// <summary>The resource a ref names, or null after reporting why it does not.</summary>
    private static Fiche? CheckResource(Located<string> reference, Manual manual, DiagnosticBag diagnostics)
    {
        var target = manual.Find(reference.Value);
        if (target is null)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownResource, reference.Location, reference.Value,
                Suggest(reference.Value, manual, FicheType.Ressource));
            return null;
        }
        if (target.Type == FicheType.Ressource) return target;
        diagnostics.Report(DiagnosticCatalog.WrongRelationType, reference.Location, "Cette source", "une ressource (RES-nnn)",
            target.Id.Value, FicheTypes.WithArticle(target.Type), "");
        return null;
    }

    public static void CheckGlossary(Manual manual, FicheSuggester suggester, DiagnosticBag diagnostics)
    {
        var byTerm = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in manual.Glossary)
        {
            if (!GlossaryId().IsMatch(term.Id))
            {
                var fixedId = Slugger.Slugify(term.Id);
                diagnostics.Report(DiagnosticCatalog.InvalidGlossaryId, term.Location, term.Id,
                    Suggestions.DidYouMean(GlossaryId().IsMatch(fixedId) ? fixedId : null));
            }
            if (!byTerm.TryAdd(term.Term, term))
                diagnostics.Report(DiagnosticCatalog.DuplicateGlossaryTerm, term.Location, term.Term, byTerm[term.Term].Id);
            if (term.Source is not { } source) continue;
            if (IsResourceId(source.Ref.Value)) CheckResource(source.Ref, manual, diagnostics);
            else if (manual.Find(source.Ref.Value) is null)
                diagnostics.Report(DiagnosticCatalog.UnknownFiche, source.Ref.Location, source.Ref.Value, suggester.Suggest(source.Ref.Value));
        }
    }

    private static string Suggest(string written, Manual manual, FicheType type) =>
        Suggestions.Nearest(written, manual.OfType(type).Select(f => f.Id.Value), 2) is { } near
            ? Suggestions.DidYouMean(near, manual.Find(near)!.Label)
            : "";

    private static void ReportDuplicates(IReadOnlyList<Located<string>> values, string field, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in values.GroupBy(v => v.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            diagnostics.Report(DiagnosticCatalog.DuplicateRelation, duplicate.Skip(1).First().Location, duplicate.Key, field);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex GlossaryId();
}
