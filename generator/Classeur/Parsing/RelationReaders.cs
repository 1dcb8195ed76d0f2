using System.Text.RegularExpressions;
using Classeur.Diagnostics;
using Classeur.Model;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>Readers for the structured front-matter fields: territory, contacts, resources.</summary>
internal static partial class RelationReaders
{
    public static Territory? Territory(YamlNode node, YamlReader reader)
    {
        if (reader.Mapping(node, "territory") is not { } mapping) return null;
        string? label = null, departement = null, region = null;
        var notGiven = false;
        foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.TerritoryFields, "territory"))
        {
            var text = reader.Scalar(value, "territory." + key);
            switch (key)
            {
                case "label": label = text; break;
                case "departement" when text == Model.Territory.NotGivenMarker: notGiven = true; break;
                case "departement": departement = text is null || IsDepartement(text) ? text : Refuse(text, value, reader); break;
                default: region = text; break;
            }
        }
        return label is null ? null : new Territory(label, departement, region, notGiven);
    }

    /// <summary>
    /// A code that is neither INSEE's nor the marker is an error (so the build stops before drawing it);
    /// the text is kept so that CLS0111 does not also say the département is missing.
    /// </summary>
    private static string Refuse(string text, YamlNode value, YamlReader reader)
    {
        reader.Report(DiagnosticCatalog.InvalidValue, value, "territory.departement",
            $"« {text} » n'est pas un code de département INSEE (deux chiffres, 2A, 2B, 971 à 976, ou 99 pour un cas à l'étranger), "
            + $"ni « {Model.Territory.NotGivenMarker} » (la source ne dit pas où).{Text.Suggestions.DidYouMean(Text.Suggestions.Nearest(text, [Model.Territory.NotGivenMarker]))}");
        return text;
    }

    private static bool IsDepartement(string text) => InseeCode().IsMatch(text);

    [GeneratedRegex("^(" + Model.Territory.InseeCodes + ")$")]
    private static partial Regex InseeCode();

    public static IReadOnlyList<Contact> Contacts(YamlNode node, YamlReader reader)
    {
        var contacts = new List<Contact>();
        foreach (var mapping in reader.MappingList(node, "contacts"))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.ContactFields, "contact"))
                values[key] = key switch
                {
                    "url" => SafeUrl(value, reader, "contacts.url"),
                    "email" => Email(value, reader),
                    _ => reader.Scalar(value, "contacts." + key),
                };
            contacts.Add(new Contact(Get(values, "name"), Get(values, "role"), Get(values, "organisation"),
                Get(values, "address"), Get(values, "phone"), Get(values, "email"), Get(values, "url")));
        }
        return contacts;
    }

    /// <summary>An address the site can publish (obfuscated or as a link): one « @ », a name before, a dotted domain after.</summary>
    private static string? Email(YamlNode value, YamlReader reader)
    {
        var email = reader.Scalar(value, "contacts.email");
        if (email is null || EmailAddress().IsMatch(email)) return email;
        reader.Report(DiagnosticCatalog.InvalidValue, value, "contacts.email",
            $"« {email} » n'est pas une adresse électronique complète : écrivez-la « nom@domaine.fr », ou retirez le champ.");
        return null;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailAddress();

    public static IReadOnlyList<ResourceItem> Resources(YamlNode node, YamlReader reader, DiagnosticBag diagnostics)
    {
        var items = new List<ResourceItem>();
        foreach (var mapping in reader.MappingList(node, "resources"))
        {
            Located<string>? reference = null;
            string? text = null, url = null, group = null;
            foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.ResourceFields, "ressource"))
            {
                var scalar = key == "url" ? SafeUrl(value, reader, "resources.url") : reader.Scalar(value, "resources." + key);
                switch (key)
                {
                    case "ref": reference = scalar is null ? null : new Located<string>(scalar, reader.At(value)); break;
                    case "text": text = scalar; break;
                    case "url": url = scalar; break;
                    default: group = scalar; break;
                }
            }
            if (reference is null && text is null)
            {
                diagnostics.Report(DiagnosticCatalog.MissingField, reader.At(mapping), "resources.ref ou resources.text",
                    "Chaque ressource cite une notice (ref: identifiant) ou donne son texte (text: \"…\").");
                continue;
            }
            items.Add(new ResourceItem(reference, text, url, group));
        }
        return items;
    }

    /// <summary>`corrections:` — each says what was printed, what is published, or both.</summary>
    public static IReadOnlyList<EditorialCorrection> Corrections(YamlNode node, YamlReader reader, DiagnosticBag diagnostics)
    {
        var corrections = new List<EditorialCorrection>();
        foreach (var mapping in reader.MappingList(node, "corrections"))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value, _) in reader.Entries(mapping, FrontMatterSchema.CorrectionFields, "correction"))
                values[key] = reader.Scalar(value, "corrections." + key);
            var (printed, corrected) = (Get(values, "printed"), Get(values, "corrected"));
            if (printed is null && corrected is null)
            {
                diagnostics.Report(DiagnosticCatalog.MissingField, reader.At(mapping), "corrections.printed ou corrections.corrected",
                    "Chaque correction dit ce qui était imprimé (printed: \"…\"), ce qui est publié (corrected: \"…\"), ou les deux.");
                continue;
            }
            corrections.Add(new EditorialCorrection(Get(values, "where"), printed, corrected, Get(values, "reason")));
        }
        return corrections;
    }

    /// <summary>
    /// A URL from front matter, which templates put in href: only http(s) and mailto pass; a bare
    /// « www.… » as printed in the manual gets http:// in front.
    /// </summary>
    public static string? SafeUrl(YamlNode value, YamlReader reader, string field)
    {
        var url = reader.Scalar(value, field);
        if (url is null) return null;
        if (url.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) url = "http://" + url;
        var (kind, _, scheme) = Text.LocalPaths.Classify(url, "");
        if (kind == Text.LocalPaths.Kind.External && scheme is "http" or "https" or "mailto") return url;
        reader.Report(DiagnosticCatalog.UnsafeLink, value, url, scheme is null ? "pas de schéma http(s)" : scheme + ":");
        return null;
    }

    private static string? Get(Dictionary<string, string?> values, string key) =>
        values.TryGetValue(key, out var value) ? value : null;
}
