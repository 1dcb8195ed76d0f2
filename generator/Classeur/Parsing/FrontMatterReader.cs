using Classeur.Diagnostics;
using Classeur.Model;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>
/// Turns a fiche's YAML front matter into <see cref="FrontMatter"/>, reporting every problem at the
/// line and column of the file where it stands; it never stops at the first one.
/// </summary>
internal static class FrontMatterReader
{
    public static FrontMatter? Read(string yaml, YamlPosition position, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(position.Path, Math.Max(1, position.FirstLine - 1), 1);
        var node = YamlLoader.Load(yaml, position, diagnostics, out var failed);
        if (failed) return null;
        if (node is not YamlMappingNode root)
        {
            diagnostics.Report(DiagnosticCatalog.MissingFrontMatter, start);
            return null;
        }

        var reader = new YamlReader(position, diagnostics);
        var front = new FrontMatter { Start = start };
        ReadIdentity(root, reader, front, diagnostics);
        var owner = front.Type is { } t ? FicheTypes.Key(t) : "inconnu";
        var allowed = FrontMatterSchema.FieldsFor(front.Type);
        foreach (var (key, value, keyNode) in reader.Entries(root, FrontMatterSchema.AllFields, owner, allowed))
        {
            if (!allowed.Contains(key))
            {
                diagnostics.Report(DiagnosticCatalog.FieldNotForType, reader.At(keyNode), key, owner);
                continue;
            }
            ReadField(key, value, reader, front, diagnostics);
        }
        ReportMissing(front, root, reader, diagnostics);
        return front;
    }

    private static void ReadIdentity(YamlMappingNode root, YamlReader reader, FrontMatter front, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key == "id" && reader.Scalar(value, "id") is { } id)
                front.Id = new Located<string>(id, reader.At(value));
            if (key == "type" && reader.Scalar(value, "type") is { } type)
            {
                front.TypeText = new Located<string>(type, reader.At(value));
                front.Type = FicheTypes.Parse(type);
                if (front.Type is null)
                {
                    var suggestion = Text.Suggestions.Nearest(type, FicheTypes.Keys);
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, reader.At(value), "type",
                        $"« {type} » n'est pas un type de fiche (repere, methode, experience, page, ressource ou experience-externe).{Text.Suggestions.DidYouMean(suggestion)}");
                }
            }
        }
    }

    private static void ReadField(string key, YamlNode value, YamlReader reader, FrontMatter front, DiagnosticBag diagnostics)
    {
        switch (key)
        {
            case "title": front.Title = reader.Scalar(value, key); break;
            case "subtitle": front.Subtitle = reader.Scalar(value, key); break;
            case "short_title": front.ShortTitle = reader.Scalar(value, key); break;
            case "organisation": front.Organisation = reader.Scalar(value, key); break;
            case "experimentation": front.Experimentation = reader.Scalar(value, key); break;
            case "keywords": front.Keywords = reader.IdList(value, key); break;
            case "see_also": front.SeeAlso = reader.IdList(value, key); break;
            case "see_also_note": front.SeeAlsoNote = reader.Scalar(value, key); break;
            case "see_also_note_for": front.SeeAlsoNoteFor = NoteFor(value, reader, diagnostics); break;
            case "corrections": front.Corrections = RelationReaders.Corrections(value, reader, diagnostics); break;
            case "dimensions": front.Dimensions = reader.IdList(value, key); break;
            case "version": front.Version = reader.Integer(value, key); break;
            case "version_date": front.VersionDate = VersionDates.Read(value, reader, key); break;
            case "status":
                var status = reader.Scalar(value, key);
                if (status is not null && !FrontMatterSchema.Statuses.Contains(status))
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, reader.At(value), key,
                        $"« {status} » n'est pas un statut connu : écrivez « brouillon », ou retirez le champ quand la fiche est publiée.");
                front.IsDraft = status == "brouillon";
                break;
            case "territory": front.Territory = RelationReaders.Territory(value, reader); break;
            case "contacts": front.Contacts = RelationReaders.Contacts(value, reader); break;
            case "resources": front.Resources = RelationReaders.Resources(value, reader, diagnostics); break;
            case "document": front.Document = LibraryReaders.Document(value, reader); break;
            case "related": front.Related = LibraryReaders.Related(value, reader, diagnostics); break;
            case "cases": front.Cases = reader.IdList(value, key); break;
            case "bibliography": front.BibliographyRefs = reader.IdList(value, key); break;
            case "source": front.Source = LibraryReaders.Source(value, reader, "source", diagnostics); break;
            case "period": front.Period = reader.Scalar(value, key); break;
            case "source_date": front.SourceDate = reader.Scalar(value, key); break;
            default: break; // id and type were read first
        }
    }

    /// <summary>The type of fiches whose group of « Pour aller plus loin » the note introduces.</summary>
    private static FicheType? NoteFor(YamlNode value, YamlReader reader, DiagnosticBag diagnostics)
    {
        var text = reader.Scalar(value, "see_also_note_for");
        if (text is null) return null;
        if (FicheTypes.Parse(text) is { } type) return type;
        diagnostics.Report(DiagnosticCatalog.InvalidValue, reader.At(value), "see_also_note_for",
            $"« {text} » n'est pas un type de fiche (repere, methode, experience, page, ressource ou experience-externe).{Text.Suggestions.DidYouMean(Text.Suggestions.Nearest(text, FicheTypes.Keys))}");
        return null;
    }

    private static void ReportMissing(FrontMatter front, YamlMappingNode root, YamlReader reader, DiagnosticBag diagnostics)
    {
        if (front.Id is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, LocationOf(root, "id", reader, front), "id",
                "Indiquez l'identifiant de la fiche, par exemple « id: I-C-2-a ».");
        if (front.TypeText is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, LocationOf(root, "type", reader, front), "type",
                "Indiquez repere, methode, experience ou page.");
        if (front.Title is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, LocationOf(root, "title", reader, front), "title",
                "Indiquez le titre de la fiche tel qu'il est imprimé.");
        LibraryReaders.ReportMissing(front, key => LocationOf(root, key, reader, front), diagnostics);
        if (front.Type == FicheType.Experience && front.Organisation is null)
            diagnostics.Report(DiagnosticCatalog.MissingField, LocationOf(root, "organisation", reader, front), "organisation",
                "Indiquez la structure qui porte l'expérience.");
        if (front.Type is FicheType.Experience or FicheType.ExperienceExterne && front.Territory is null && front.Id is not null)
            diagnostics.Report(DiagnosticCatalog.MissingTerritory, LocationOf(root, "territory", reader, front), front.Id.Value);
    }

    /// <summary>The key's own position when it is present but empty, else the start of the front matter.</summary>
    private static SourceLocation LocationOf(YamlMappingNode root, string key, YamlReader reader, FrontMatter front)
    {
        foreach (var keyNode in root.Children.Keys)
        {
            if ((keyNode as YamlScalarNode)?.Value == key) return reader.At(keyNode);
        }
        return front.Start;
    }
}
