using Classeur.Diagnostics;
using Classeur.Model;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>
/// Readers for the library's front-matter fields (library-format: `document`, `related`, `source`),
/// and the fields each library type cannot do without.
/// </summary>
internal static class LibraryReaders
{
    public static DocumentInfo? Document(YamlNode node, YamlReader reader)
    {
        if (reader.Mapping(node, "document") is not { } mapping) return null;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        IReadOnlyList<string> authors = [];
        IReadOnlyList<Located<string>> inferred = [];
        foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.DocumentFields, "document"))
        {
            if (key == "authors") authors = reader.TextList(value, "document.authors").Select(a => a.Value).ToList();
            else if (key == "inferred") inferred = reader.TextList(value, "document.inferred");
            else values[key] = reader.Scalar(value, "document." + key);
        }
        foreach (var field in inferred.Where(i => !DocumentInfo.Fields.Contains(i.Value)))
            reader.ReportAt(DiagnosticCatalog.InvalidValue, field.Location, "document.inferred",
                $"« {field.Value} » n'est pas un champ de document ({string.Join(", ", DocumentInfo.Fields)}).{Text.Suggestions.DidYouMean(Text.Suggestions.Nearest(field.Value, DocumentInfo.Fields))}");
        return new DocumentInfo(values.GetValueOrDefault("kind"), authors, values.GetValueOrDefault("organisation"),
            values.GetValueOrDefault("publisher"), values.GetValueOrDefault("date"), values.GetValueOrDefault("length"),
            values.GetValueOrDefault("language"), inferred);
    }

    public static IReadOnlyList<RelatedFiche> Related(YamlNode node, YamlReader reader, DiagnosticBag diagnostics)
    {
        var items = new List<RelatedFiche>();
        foreach (var mapping in reader.MappingList(node, "related"))
        {
            Located<string>? fiche = null;
            string? reason = null, where = null;
            foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.RelatedFields, "related"))
            {
                var text = reader.Scalar(value, "related." + key);
                switch (key)
                {
                    case "fiche": fiche = text is null ? null : new Located<string>(text, reader.At(value)); break;
                    case "reason": reason = text; break;
                    default: where = text; break;
                }
            }
            if (fiche is null)
                diagnostics.Report(DiagnosticCatalog.MissingField, reader.At(mapping), "related.fiche",
                    "Chaque élément de related désigne une fiche du manuel (fiche: I-C-2-a).");
            else
                items.Add(new RelatedFiche(fiche, reason, where));
        }
        return items;
    }

    public static SourceReference? Source(YamlNode node, YamlReader reader, string field, DiagnosticBag diagnostics)
    {
        if (reader.Mapping(node, field) is not { } mapping) return null;
        Located<string>? reference = null;
        string? where = null;
        foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.SourceFields, field))
        {
            var text = reader.Scalar(value, $"{field}.{key}");
            if (key == "ref") reference = text is null ? null : new Located<string>(text, reader.At(value));
            else where = text;
        }
        if (reference is not null) return new SourceReference(reference, where);
        diagnostics.Report(DiagnosticCatalog.MissingField, reader.At(mapping), field + ".ref",
            "Indiquez l'identifiant de la source, par exemple « ref: RES-001 ».");
        return null;
    }

    /// <summary>Fields without which a library page would mislead: an external case must say its source, dates and place.</summary>
    public static void ReportMissing(FrontMatter front, Func<string, SourceLocation> locationOf, DiagnosticBag diagnostics)
    {
        if (front.Type == FicheType.Ressource && front.Document is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, locationOf("document"), "document",
                "Décrivez le document : kind, authors ou organisation, date, length, language.");
        if (front.Type != FicheType.ExperienceExterne) return;
        if (front.Source is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, locationOf("source"), "source",
                "Indiquez la ressource d'où vient l'expérience : « source: { ref: RES-001, where: \"chapitre 2\" } ».");
        if (front.Period is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, locationOf("period"), "period",
                "Indiquez la période des faits, telle que la source la donne (« 2012-2016 », « vers 1998 ») : le lecteur ne doit pas la prendre pour la situation d'aujourd'hui.");
        if (front.SourceDate is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, locationOf("source_date"), "source_date",
                "Indiquez la date du document source (« 2017 »).");
        // A missing département is an error, never a silent guess: the editor writes the code, or says
        // explicitly that the source does not give it (`departement: non-precise`).
        if (front.Territory is { Departement: null, NotGivenBySource: false } territory && front.Id is not null)
            diagnostics.Report(DiagnosticCatalog.MissingDepartement, locationOf("territory"), front.Id.Value, territory.Label);
    }
}
