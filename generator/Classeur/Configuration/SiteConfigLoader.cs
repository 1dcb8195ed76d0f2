using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Parsing;
using YamlDotNet.RepresentationModel;

namespace Classeur.Configuration;

/// <summary>Reads site.yml. A missing file gives the defaults; every bad key is reported with its line.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] Keys =
    [
        "title", "short_title", "publisher", "edition", "version", "date", "language", "content", "templates", "output",
        "markdown", "order", "parts", "sections", "labels", "diagnostics", "print",
        "related", "contacts",
    ];

    public static SiteConfig Load(string projectRoot, DiagnosticBag diagnostics)
    {
        var config = new SiteConfig();
        var path = Path.Combine(projectRoot, FileName);
        if (!File.Exists(path)) return config;
        // The project is the folder of site.yml: a site.yml that is a link to elsewhere is not read.
        if (LinkGuard.RealPath(path) is not { } real || !LinkGuard.IsWithin(real, LinkGuard.RealPath(projectRoot) ?? projectRoot))
        {
            diagnostics.Report(DiagnosticCatalog.LinkOutside, SourceLocation.File(FileName), Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectRoot))) + "/", new FileInfo(path).LinkTarget ?? path);
            return config;
        }
        var file = ContentLoader.Read(projectRoot, projectRoot, path, diagnostics);
        if (file.Text is null) return config;

        var position = new YamlPosition(FileName, 1);
        var reader = new YamlReader(position, diagnostics);
        var node = YamlLoader.Load(file.Text, position, diagnostics, out _);
        if (node is not YamlMappingNode root)
        {
            if (node is not null)
                diagnostics.Report(DiagnosticCatalog.ConfigInvalid, reader.At(node),
                    "site.yml doit être une suite de champs « clé: valeur » (title:, content:, parts:…), pas une liste ni un texte seul.");
            return config;
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigUnknownKey, reader.At(keyNode), key,
                    Text.Suggestions.DidYouMean(Text.Suggestions.Nearest(key, Keys)));
                continue;
            }
            Apply(config, key, value, reader, diagnostics);
        }
        return config;
    }

    private static void Apply(SiteConfig config, string key, YamlNode value, YamlReader reader, DiagnosticBag diagnostics)
    {
        switch (key)
        {
            case "title": config.Title = reader.Scalar(value, key) ?? config.Title; break;
            case "short_title": config.ShortTitle = reader.Scalar(value, key); break;
            case "publisher": config.Publisher = reader.Scalar(value, key); break;
            case "edition": config.Edition = reader.Scalar(value, key); break;
            case "version": config.Version = reader.Integer(value, key) ?? config.Version; break;
            case "date": config.Date = VersionDates.Read(value, reader, key); break;
            case "language": config.Language = reader.Scalar(value, key) ?? config.Language; break;
            case "content": config.ContentDirectory = reader.Scalar(value, key) ?? config.ContentDirectory; break;
            case "templates": config.TemplatesDirectory = reader.Scalar(value, key) ?? config.TemplatesDirectory; break;
            case "output": config.OutputDirectory = reader.Scalar(value, key) ?? config.OutputDirectory; break;
            case "print":
                foreach (var (k, v, _) in Entries(value, reader, key, ["chromium", "cited_by"]))
                {
                    if (k == "chromium") config.Chromium = reader.Scalar(v, "print." + k);
                    else config.PrintCitedBy = reader.Scalar(v, "print." + k) is "true" or "oui" or "yes";
                }
                break;
            case "related":
                foreach (var (k, v, _) in Entries(value, reader, key, RelatedSettings.Keys))
                    RelatedSetting(config.Related, k, reader.Integer(v, "related." + k));
                break;
            case "contacts":
                foreach (var (k, v, keyNode) in Entries(value, reader, key, ["email"]))
                {
                    EmailDisplay? display = reader.Scalar(v, "contacts." + k) switch
                    {
                        "show" => EmailDisplay.Show,
                        "obfuscate" => EmailDisplay.Obfuscate,
                        "hide" => EmailDisplay.Hide,
                        _ => null,
                    };
                    if (display is null)
                        diagnostics.Report(DiagnosticCatalog.ConfigInvalid, reader.At(keyNode), "contacts.email : indiquez show, obfuscate ou hide.");
                    else
                        config.ContactEmail = display.Value;
                }
                break;
            case "markdown":
                foreach (var (k, v, _) in Entries(value, reader, key, ["allow_html"]))
                    config.AllowHtml = reader.Scalar(v, "markdown." + k) is "true" or "oui";
                break;
            case "order":
                foreach (var (k, v, _) in Entries(value, reader, key, ["before", "after"]))
                {
                    var list = reader.TextList(v, "order." + k).Select(l => l.Value).ToList();
                    if (k == "before") config.PagesBefore = list; else config.PagesAfter = list;
                }
                break;
            case "diagnostics":
                foreach (var (k, v, keyNode) in Entries(value, reader, key, null))
                {
                    var severity = reader.Scalar(v, "diagnostics." + k) switch
                    {
                        "error" or "erreur" => Severity.Error,
                        "warning" or "avertissement" => (Severity?)Severity.Warning,
                        _ => null,
                    };
                    if (severity is null || DiagnosticCatalog.All.All(d => d.Code != k))
                        diagnostics.Report(DiagnosticCatalog.ConfigInvalid, reader.At(keyNode),
                            $"diagnostics.{k} : indiquez un code existant (CLS0301…) et « error » ou « warning ».");
                    else
                        config.Severities[k] = severity.Value;
                }
                break;
            default:
                var target = key switch { "parts" => config.Parts, "sections" => config.Sections, _ => config.Labels };
                foreach (var (k, v, _) in Entries(value, reader, key, null))
                {
                    if (reader.Scalar(v, key + "." + k) is { } text) target[k] = text;
                }
                break;
        }
    }

    private static void RelatedSetting(RelatedSettings related, string key, int? value)
    {
        if (value is not { } number) return;
        switch (key)
        {
            case "keywords": related.Keywords = number; break;
            case "dimensions": related.Dimensions = number; break;
            case "links": related.Links = number; break;
            case "experiences": related.Experiences = number; break;
            default: related.Count = number; break;
        }
    }

    private static IEnumerable<(string Key, YamlNode Value, YamlNode KeyNode)> Entries(
        YamlNode node, YamlReader reader, string field, IReadOnlyCollection<string>? allowed)
    {
        if (reader.Mapping(node, field) is not { } mapping) return [];
        return allowed is null
            ? mapping.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? "", c.Value, c.Key))
            : reader.Entries(mapping, allowed, field);
    }
}
