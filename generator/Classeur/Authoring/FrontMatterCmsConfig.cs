using System.Text.Json.Nodes;
using Classeur.Model;

namespace Classeur.Authoring;

/// <summary>
/// frontmatter.json for the Front Matter CMS extension of VS Code: one content type per fiche type,
/// its folder under content/, and its fields, keywords, fiches and repères offered as choices from
/// the content. Contacts and resources stay plain YAML (their JSON Schema checks them).
/// </summary>
public static class FrontMatterCmsConfig
{
    public static JsonObject For(Manual manual, string contentFolder)
    {
        var folders = new JsonArray();
        var types = new JsonArray();
        foreach (var type in new[] { FicheType.Repere, FicheType.Methode, FicheType.Experience })
        {
            var key = FicheTypes.Key(type);
            folders.Add(new JsonObject
            {
                ["title"] = Titles(type),
                ["path"] = $"[[workspace]]/{contentFolder}/{FicheSkeleton.Folder(type)}",
                ["contentTypes"] = new JsonArray(key),
            });
            types.Add(new JsonObject
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
        var fields = new JsonArray
        {
            Field("Identifiant", "id", "string", required: true),
            Field("Type", "type", "string", required: true, defaultValue: FicheTypes.Key(type)),
            Field("Titre", "title", "string", required: true),
            Field("Sous-titre", "subtitle", "string"),
            Field("Titre court", "short_title", "string"),
        };
        if (type == FicheType.Experience) fields.Add(Field("Structure", "organisation", "string", required: true));
        if (type == FicheType.Methode) fields.Add(Field("Expérimentation", "experimentation", "string"));
        fields.Add(Choice("Mots clefs", "keywords", manual.Keywords.Select(k => (k.Id, k.Display))));
        if (type != FicheType.Repere)
            fields.Add(Choice("Dimensions", "dimensions", manual.OfType(FicheType.Repere).Select(f => (f.Id.Value, f.CitationText))));
        fields.Add(Choice("Pour aller plus loin", "see_also", manual.Fiches.Select(f => (f.Id.Value, f.CitationText))));
        fields.Add(Field("Version", "version", "number"));
        var status = Field("Statut", "status", "choice");
        status["choices"] = new JsonArray("brouillon", "publie");
        fields.Add(status);
        return fields;
    }

    private static JsonObject Field(string title, string name, string type, bool required = false, string? defaultValue = null)
    {
        var field = new JsonObject { ["title"] = title, ["name"] = name, ["type"] = type };
        if (required) field["required"] = true;
        if (defaultValue is not null) field["default"] = defaultValue;
        return field;
    }

    private static JsonObject Choice(string title, string name, IEnumerable<(string Id, string Title)> choices)
    {
        var field = Field(title, name, "choice");
        field["multiple"] = true;
        field["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["title"] = c.Title })]);
        return field;
    }

    private static string Titles(FicheType type) => type switch
    {
        FicheType.Repere => "Repères",
        FicheType.Methode => "Méthodes",
        _ => "Expériences",
    };
}
