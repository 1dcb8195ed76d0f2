namespace Classeur.Print;

// What templates/impression/fiche.hbs reads: a fiche as the 2010 manual printed it (its label, title,
// place, text, dimensions, « Pour aller plus loin » and contacts), and nothing of the web's navigation
// or suggestions. Typed records, read under their snake_case names by strict templates: a misspelt name
// fails the print.

/// <summary>A fiche on paper.</summary>
internal sealed record PaperFiche(
    string Anchor,
    bool IsPage,
    string? Label,
    string? TypeLabel,
    string Title,
    string? Subtitle,
    string? Organisation,
    string? Territory,
    string? Experimentation,
    string Body,
    PaperDimensions? Dimensions,
    PaperPlusLoin? PlusLoin,
    IReadOnlyList<PaperContact> Contacts,
    bool EmailsProtected,
    IReadOnlyList<PaperLink> CitedBy,
    IReadOnlyList<PaperKeyword> KeywordIndex,
    bool IndexHasPertinent,
    IReadOnlyList<Rendering.Models.BibliographySection>? Bibliography,
    bool IsDraft,
    Rendering.Models.LabelTable Labels) : Rendering.Models.ITemplateModel;

/// <summary>A fiche or page named on paper; <see cref="Href"/> is an anchor of the binder, or null where nothing links.</summary>
internal sealed record PaperLink(string Text, string? Href) : Rendering.Models.ITemplateModel;

/// <summary>« Cette fiche illustre plus particulièrement les dimensions suivantes… »: three columns of repères.</summary>
internal sealed record PaperDimensions(string Heading, IReadOnlyList<PaperColumn> Columns) : Rendering.Models.ITemplateModel;

internal sealed record PaperColumn(string Title, IReadOnlyList<PaperLink> Items) : Rendering.Models.ITemplateModel;

/// <summary>« Pour aller plus loin »: a note, the fiches grouped by kind, then the resources.</summary>
internal sealed record PaperPlusLoin(string? Note, IReadOnlyList<PaperGroup> Groups, IReadOnlyList<PaperResource> Resources) : Rendering.Models.ITemplateModel;

internal sealed record PaperGroup(string Title, IReadOnlyList<PaperLink> Items) : Rendering.Models.ITemplateModel;

/// <summary>A resource as the fiche printed it; <see cref="Url"/> printed once, as written in the content.</summary>
internal sealed record PaperResource(string? GroupHeading, string Text, string? Note, string? Url, string? Href) : Rendering.Models.ITemplateModel;

internal sealed record PaperContact(string? Name, string? Role, string? Organisation, string? Address, string? Phone, string? Email, string? Url) : Rendering.Models.ITemplateModel;

/// <summary>A keyword of the printed index, with its fiches; the most pertinent ones print in bold and colour.</summary>
internal sealed record PaperKeyword(string Label, string? Precision, IReadOnlyList<PaperIndexEntry> Fiches) : Rendering.Models.ITemplateModel;

internal sealed record PaperIndexEntry(string Text, string? Anchor, bool Pertinent, bool Last) : Rendering.Models.ITemplateModel;
