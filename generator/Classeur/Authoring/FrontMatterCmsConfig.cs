using System.Text.Json.Nodes;
using Classeur.Model;

namespace Classeur.Authoring;

/// <summary>
/// frontmatter.json for the Front Matter CMS extension of VS Code: one content type per fiche type,
/// its folder under content/, and its fields, keywords, fiches and repères offered as choices from
/// the content. Lists of records (contacts, resources, a resource's `related`) stay plain YAML, their
/// JSON Schema checks them: the extension's block fields would add a key of their own to each item.
/// </summary>
public static class FrontMatterCmsConfig
{
    /// <summary>The fiche types an editor writes, in the order of the extension's folders.</summary>
    public static IReadOnlyList<FicheType> Types { get; } =
        [FicheType.Repere, FicheType.Methode, FicheType.Experience, FicheType.Ressource, FicheType.ExperienceExterne];

    public static JsonObject For(Manual manual, string contentFolder)
    {
        var folders = new JsonArray();
        var types = new JsonArray();
        foreach (var type in Types)
        {
            var key = FicheTypes.Key(type);
            folders.Add((JsonNode)new JsonObject
            {
                ["title"] = Titles(type),
                ["path"] = $"[[workspace]]/{contentFolder}/{FicheSkeleton.Folder(type)}",
                ["contentTypes"] = new JsonArray(key),
            });
            types.Add((JsonNode)new JsonObject
            {
                ["name"] = key,
                ["previewPath"] = null,
                ["pageBundle"] = false,
                ["fields"] = Fields(type, manual),
            });
        }
        return new JsonObject
        {
            ["$schema"] = "https://frontmatter.codes/frontmatter.schema.json",
            ["frontMatter.framework.id"] = "other",
            ["frontMatter.content.publicFolder"] = $"{contentFolder}/assets",
            ["frontMatter.content.pageFolders"] = folders,
            ["frontMatter.taxonomy.contentTypes"] = types,
        };
    }

    private static JsonArray Fields(FicheType type, Manual manual)
    {
        var fields = new JsonArray(
            Field("Identifiant", "id", "string", required: true),
            Field("Type", "type", "string", required: true, defaultValue: FicheTypes.Key(type)),
            Field("Titre", "title", "string", required: true),
            Field("Sous-titre", "subtitle", "string"),
            Field("Titre court", "short_title", "string"));
        if (type is FicheType.Experience or FicheType.ExperienceExterne)
        {
            fields.Add((JsonNode)Field("Structure", "organisation", "string", required: type == FicheType.Experience));
            fields.Add((JsonNode)Territory(type));
        }
        if (type == FicheType.Methode) fields.Add((JsonNode)Field("Expérimentation", "experimentation", "string"));
        if (type == FicheType.Ressource) fields.Add((JsonNode)Document());
        fields.Add((JsonNode)Choice("Mots clefs", "keywords", manual.Keywords.Select(k => (k.Id, k.Display))));
        if (type is FicheType.Methode or FicheType.Experience or FicheType.ExperienceExterne)
            fields.Add((JsonNode)Choice("Dimensions", "dimensions", manual.OfType(FicheType.Repere).Select(f => (f.Id.Value, f.CitationText))));
        fields.Add((JsonNode)Choice("Pour aller plus loin", "see_also", manual.Fiches.Select(f => (f.Id.Value, f.CitationText))));
        if (type == FicheType.Ressource)
        {
            fields.Add((JsonNode)Choice("Expériences tirées du document", "cases", manual.OfType(FicheType.ExperienceExterne).Select(f => (f.Id.Value, f.CitationText))));
            fields.Add((JsonNode)Choice("Bibliographie du document", "bibliography", manual.Bibliography.Select(r => (r.Id, r.Citation))));
        }
        if (type == FicheType.ExperienceExterne)
        {
            fields.Add((JsonNode)Group("Source", "source", true,
                Choice("Ressource", "ref", manual.OfType(FicheType.Ressource).Select(f => (f.Id.Value, f.CitationText)), multiple: false, required: true),
                Field("Où lire dans le document", "where", "string")));
            fields.Add((JsonNode)Field("Période des faits, telle que la source la donne", "period", "string", required: true));
            fields.Add((JsonNode)Field("Date du document source", "source_date", "string", required: true));
        }
        fields.Add((JsonNode)Field("Version", "version", "number"));
        fields.Add((JsonNode)Field("Mois de la version (AAAA-MM)", "version_date", "string"));
        var status = Field("Statut", "status", "choice");
        status["choices"] = new JsonArray("brouillon", "publie");
        fields.Add((JsonNode)status);
        return fields;
    }

    private static JsonObject Field(string title, string name, string type, bool required = false, string? defaultValue = null)
    {
        var field = new JsonObject { ["title"] = title, ["name"] = name, ["type"] = type };
        if (required) field["required"] = true;
        if (defaultValue is not null) field["default"] = defaultValue;
        return field;
    }

    private static JsonObject Choice(string title, string name, IEnumerable<(string Id, string Title)> choices, bool multiple = true, bool required = false)
    {
        var field = Field(title, name, "choice", required);
        if (multiple) field["multiple"] = true;
        field["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["title"] = c.Title })]);
        return field;
    }

    /// <summary>A mapping written as nested YAML (the extension's « fields » type).</summary>
    private static JsonObject Group(string title, string name, bool required, params JsonObject[] fields)
    {
        var group = Field(title, name, "fields", required);
        group["fields"] = new JsonArray([.. fields]);
        return group;
    }

    private static JsonObject Territory(FicheType type)
    {
        // An external case must say its département, or say that its source does not give it.
        var external = type == FicheType.ExperienceExterne;
        var departement = Field("Département", "departement", "string", required: external);
        departement["description"] = $"Code INSEE entre guillemets (\"39\", \"2A\", \"99\" pour l'étranger), ou {Model.Territory.NotGivenMarker} si la source ne dit pas où.";
        return Group("Territoire", "territory", true,
            Field("Libellé", "label", "string", required: true), departement, Field("Région d'aujourd'hui", "region", "string"));
    }

    private static JsonObject Document()
    {
        var authors = Field("Auteurs", "authors", "list");
        var inferred = Field("Champs déduits plutôt qu'imprimés", "inferred", "choice");
        inferred["multiple"] = true;
        inferred["choices"] = new JsonArray([.. DocumentInfo.Fields.Select(f => (JsonNode)f!)]);
        return Group("Document", "document", true,
            Field("Nature", "kind", "string"), authors, Field("Organisme", "organisation", "string"), Field("Éditeur", "publisher", "string"),
            Field("Date", "date", "string"), Field("Longueur", "length", "string"), Field("Langue", "language", "string"), inferred);
    }

    private static string Titles(FicheType type) => type switch
    {
        FicheType.Repere => "Repères",
        FicheType.Methode => "Méthodes",
        FicheType.Ressource => "Ressources",
        FicheType.ExperienceExterne => "Expériences externes",
        _ => "Expériences",
    };
}
