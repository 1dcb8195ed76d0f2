using Classeur.Diagnostics;

namespace Classeur.Configuration;

/// <summary>site.yml, typed, with the defaults that make a missing key harmless.</summary>
public sealed class SiteConfig
{
    public string Title { get; set; } = "Manuel";
    public string? ShortTitle { get; set; }
    public string? Publisher { get; set; }
    public string? Edition { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>« date: 2010-12 »: the month of the edition, printed in each fiche's footer (« Version 1 — décembre 2010 »).</summary>
    public DateOnly? Date { get; set; }
    public string Language { get; set; } = "fr";
    public string ContentDirectory { get; set; } = "content";
    public string TemplatesDirectory { get; set; } = "templates";
    public string OutputDirectory { get; set; } = "_site";
    public bool AllowHtml { get; set; }

    /// <summary>The Chromium that `classeur print` drives (site.yml « print: chromium: »); null to look in the usual places.</summary>
    public string? Chromium { get; set; }

    /// <summary>« print: cited_by: true »: a printed fiche ends with the fiches that cite it (off by default: the web's navigation).</summary>
    public bool PrintCitedBy { get; set; }
    public IReadOnlyList<string> PagesBefore { get; set; } = ["edito", "introduction"];
    public IReadOnlyList<string> PagesAfter { get; set; } = ["index", "bibliographie"];
    public Dictionary<string, string> Parts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Sections { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>« related: »: weights and number of the « Voir aussi » suggestions.</summary>
    public RelatedSettings Related { get; } = new();

    /// <summary>« contacts: email: show | obfuscate | hide ».</summary>
    public EmailDisplay ContactEmail { get; set; } = EmailDisplay.Obfuscate;

    /// <summary>Severity per diagnostic code, overriding the catalog's default.</summary>
    public Dictionary<string, Severity> Severities { get; } = new(StringComparer.Ordinal);

    public string Label(string key) => Labels.TryGetValue(key, out var value) ? value : DefaultLabels.Get(key);
}
