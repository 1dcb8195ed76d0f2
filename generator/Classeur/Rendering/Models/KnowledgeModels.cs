namespace Classeur.Rendering.Models;

// The knowledge pages: territories, graph, editorial report; and the print page.

internal sealed record TerritoriesView(string? Svg, string Swatch, IReadOnlyList<RegionView> Regions, string Count, int DepartementCount,
    IReadOnlyList<UnplacedRegion> Unplaced, string UnplacedCount) : ITemplateModel;

internal sealed record RegionView(string Name, IReadOnlyList<DepartementView> Departements) : ITemplateModel;

/// <summary>A département and its fiches by type; off the map when the map lacks it, abroad for INSEE's « 99 ».</summary>
internal sealed record DepartementView(string Anchor, string Name, bool OffMap, bool Abroad, string Count, IReadOnlyList<ItemGroup<FicheLink>> Groups)
    : ITemplateModel;

/// <summary>Cases whose source does not say where, by region when it names one.</summary>
internal sealed record UnplacedRegion(string Name, string Count, IReadOnlyList<ItemGroup<FicheLink>> Groups) : ITemplateModel;

/// <summary>The whole graph as SVG, and the same edges as text, by type of fiche.</summary>
internal sealed record GraphView(string Svg, int NodeCount, int EdgeCount, IReadOnlyList<ItemGroup<FicheLink>> Groups) : ITemplateModel;

/// <summary>A section of the editorial report: its lines, and for two of them a richer form.</summary>
internal sealed record ReportSection(string Anchor, string Title, int Count, IReadOnlyList<string> Items, IReadOnlyList<ReportDomain>? Domains,
    IReadOnlyList<ReportCorrection>? Corrections) : ITemplateModel;

internal sealed record ReportDomain(string Domain, string Count, IReadOnlyList<ReportUrl> Urls) : ITemplateModel;

internal sealed record ReportUrl(string Url, string Places) : ITemplateModel;

/// <summary>The printed form beside the published one, with its fiche.</summary>
internal sealed record ReportCorrection(FicheLink Link, string? Where, string Printed, bool HasPrinted, string Corrected, bool HasCorrected, string? Reason)
    : ITemplateModel;

/// <summary>The print page: binders and fiches printed, and what changed since the latest tagged edition.</summary>
internal sealed record PrintView(IReadOnlyList<PdfLink> Binders, IReadOnlyList<PdfLink> Fiches, bool HasPdfs, string Title, PrintUpdate? Update)
    : ITemplateModel;

/// <summary>The fiches to reprint since the latest tagged edition, and the command that prints them.</summary>
internal sealed record PrintUpdate(string Edition, bool None, IReadOnlyList<PrintedFicheLink> Changed, IReadOnlyList<PrintedFicheLink> Added,
    IReadOnlyList<string> Removed, string Command) : ITemplateModel;

internal sealed record PrintedFicheLink(string Text, string Url) : ITemplateModel;
