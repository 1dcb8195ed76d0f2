using System.Text.Json.Nodes;
using Classeur.Model;
using Classeur.Parsing;

namespace Classeur.Authoring;

/// <summary>
/// The JSON Schema (draft-07, the dialect editors' YAML tooling reads) of one fiche type's front
/// matter, generated from the content: every id a relation may name, every keyword and every
/// bibliography record is an enum, so an editor completes them and flags a typo as it is typed.
/// The fields come from <see cref="FrontMatterSchema"/>, the same list the parser enforces.
/// </summary>
public static class FrontMatterJsonSchema
{
    /// <summary>The URL schemes the parser accepts in url fields (a printed « www. » gets http://).</summary>
    public const string UrlPattern = "^(https?://|mailto:|www\\.)";

    /// <summary>The INSEE codes the parser accepts, or the marker of a place the source does not give.</summary>
    public const string DepartementPattern = "^(" + Territory.InseeCodes + "|" + Territory.NotGivenMarker + ")$";

    public static IReadOnlyList<FicheType> Types { get; } = [FicheType.Repere, FicheType.Methode, FicheType.Experience, FicheType.Page, FicheType.Ressource, FicheType.ExperienceExterne];

    public static string FileName(FicheType type) => $"fiche-{FicheTypes.Key(type)}.schema.json";

    public static JsonObject For(FicheType type, Manual manual)
    {
        var fiches = manual.Fiches.Select(f => f.Id.Value);
        var reperes = manual.OfType(FicheType.Repere).Select(f => f.Id.Value);
        var properties = new JsonObject();
        foreach (var field in FrontMatterSchema.FieldsFor(type))
            properties[field] = Field(field, type, fiches, reperes, manual);

        var required = new JsonArray("id", "type", "title");
        if (type == FicheType.Experience)
        {
            required.Add((JsonNode)"organisation");
            required.Add((JsonNode)"territory");
        }
        if (type == FicheType.Ressource) required.Add((JsonNode)"document");
        if (type == FicheType.ExperienceExterne)
        {
            foreach (var field in new[] { "territory", "source", "period", "source_date" }) required.Add((JsonNode)field);
        }
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = FileName(type),
            ["title"] = $"Front matter d'une fiche de type « {FicheTypes.Key(type)} »",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = required,
            ["properties"] = properties,
        };
    }

    private static JsonObject Field(string field, FicheType type, IEnumerable<string> fiches, IEnumerable<string> reperes, Manual manual) => field switch
    {
        "id" => Text("L'identifiant de la fiche, qui ne change jamais une fois publiée.", IdPattern(type)),
        "type" => new JsonObject { ["const"] = FicheTypes.Key(type), ["description"] = "Le type de la fiche." },
        "title" => Text("Le titre, tel qu'il est imprimé."),
        "version" => new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "Le numéro de version de la fiche." },
        "version_date" => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}(-\d{2})?$", ["description"] = "Le mois de cette version (AAAA-MM), imprimé au pied de la fiche : « Version 2 — mars 2027 »." },
        "status" => new JsonObject { ["enum"] = Strings(FrontMatterSchema.Statuses), ["description"] = "brouillon tant que la fiche est en cours." },
        "keywords" => List("Les mots clefs de content/mots-cles.yml.", Enum(manual.Keywords.Select(k => k.Id))),
        "see_also" => List("« Pour aller plus loin » : des fiches de tout type.", Enum(fiches)),
        "see_also_note_for" => new JsonObject
        {
            ["enum"] = Strings(FicheTypes.Keys),
            ["description"] = "Le type de fiches que see_also_note introduit : la phrase est imprimée au-dessus de leur groupe.",
        },
        "corrections" => List("Les corrections apportées au texte imprimé, pour le rapport éditorial : printed (tel qu'imprimé), corrected (tel que publié), where, reason.",
            Correction()),
        "dimensions" => List("Le tableau des dimensions : des repères seulement.", Enum(reperes)),
        "territory" => Object(type == FicheType.ExperienceExterne ? ["label", "departement"] : ["label"], FrontMatterSchema.TerritoryFields, name => name == "departement"
            ? new JsonObject
            {
                ["type"] = new JsonArray("string", "integer"),
                ["pattern"] = DepartementPattern,
                ["description"] = $"Code INSEE, entre guillemets (\"39\", \"2A\", \"99\" pour l'étranger), ou {Territory.NotGivenMarker} quand la source ne dit pas où : l'expérience est alors listée hors de la carte.",
            }
            : Text(name == "label" ? "Le territoire tel qu'imprimé." : "La région d'aujourd'hui.")),
        "contacts" => List("« Pour en savoir plus » : les personnes à contacter.",
            Object([], FrontMatterSchema.ContactFields, name => name == "url" ? Url() : Text(null))),
        "resources" => List("« Bibliographie / autres ressources », dans l'ordre imprimé.", Resource(manual)),
        "document" => Object([], FrontMatterSchema.DocumentFields, name => name switch
        {
            "authors" => List("Les auteurs, tels qu'imprimés.", Text(null)),
            "inferred" => List("Les champs déduits plutôt qu'imprimés.", Enum(DocumentInfo.Fields)),
            _ => Text(null),
        }),
        "related" => List("Les fiches du manuel que le document éclaire.", Object(["fiche"], FrontMatterSchema.RelatedFields,
            name => name == "fiche" ? Enum(manual.Fiches.Where(f => !FicheTypes.IsLibrary(f.Type)).Select(f => f.Id.Value)) : Text(null))),
        "cases" => List("Les expériences externes tirées du document.", Enum(manual.OfType(FicheType.ExperienceExterne).Select(f => f.Id.Value))),
        "bibliography" => List("Les notices de content/bibliographie.yml citées par le document.", Enum(manual.Bibliography.Select(r => r.Id))),
        "source" => Object(["ref"], FrontMatterSchema.SourceFields,
            name => name == "ref" ? Enum(manual.OfType(FicheType.Ressource).Select(f => f.Id.Value)) : Text("Où lire dans le document.")),
        _ => Text(null),
    };

    private static JsonObject Resource(Manual manual)
    {
        var resource = Object([], FrontMatterSchema.ResourceFields, name => name switch
        {
            "ref" => Enum(manual.Bibliography.Select(r => r.Id).Concat(manual.OfType(FicheType.Ressource).Select(f => f.Id.Value))),
            "url" => Url(),
            _ => Text(null),
        });
        // A resource cites a record (ref) or gives its own text, as the parser requires.
        resource["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("ref") }, new JsonObject { ["required"] = new JsonArray("text") });
        return resource;
    }

    private static JsonObject Correction()
    {
        var correction = Object([], FrontMatterSchema.CorrectionFields, _ => Text(null));
        // As the parser requires: what was printed, what is published, or both.
        correction["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("printed") }, new JsonObject { ["required"] = new JsonArray("corrected") });
        return correction;
    }

    private static JsonObject Object(string[] required, IEnumerable<string> fields, Func<string, JsonObject> field)
    {
        var properties = new JsonObject();
        foreach (var name in fields) properties[name] = field(name);
        var schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Length > 0) schema["required"] = Strings(required);
        return schema;
    }

    private static JsonObject Text(string? description, string? pattern = null)
    {
        var schema = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        if (pattern is not null) schema["pattern"] = pattern;
        if (description is not null) schema["description"] = description;
        return schema;
    }

    private static JsonObject Url() => Text("Une adresse http(s)://, mailto: ou www.…", UrlPattern);

    private static JsonObject List(string description, JsonObject items) =>
        new() { ["type"] = "array", ["items"] = items, ["description"] = description };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = Strings(values) };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Distinct().Select(v => (JsonNode)v!)]);

    /// <summary>The grammar of <see cref="FicheId"/>, per type.</summary>
    private static string IdPattern(FicheType type) => type switch
    {
        FicheType.Repere => "^I-(([AB])-[1-9][0-9]{0,5}|C-[12]-[a-z])$",
        FicheType.Methode => "^II-[1-9][0-9]{0,5}$",
        FicheType.Experience => "^III-[1-9][0-9]{0,5}$",
        FicheType.Ressource => "^RES-[0-9]{3}$",
        FicheType.ExperienceExterne => "^EXP-[0-9]{3}-[1-9][0-9]?$",
        _ => "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
    };
}
