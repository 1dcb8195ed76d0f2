namespace Classeur.Rendering.Models;

/// <summary>A fiche as its page shows it (<c>{{fiche.…}}</c>). URLs are relative to the page.</summary>
internal sealed record FicheView : ITemplateModel
{
    public required string Id { get; init; }

    /// <summary>The type's key: « repere », « methode », « experience », « page »…</summary>
    public required string Type { get; init; }

    public required string TypeLabel { get; init; }

    public required bool IsPage { get; init; }

    public required string Title { get; init; }

    public required string? Subtitle { get; init; }

    public required string Citation { get; init; }

    public required bool IsDraft { get; init; }

    public required string? Organisation { get; init; }

    public required TerritoryView? Territory { get; init; }

    public required string? Experimentation { get; init; }

    public required IReadOnlyList<KeywordLink> Keywords { get; init; }

    public required int KeywordCount { get; init; }

    /// <summary>A repère read from the other side: the méthodes and expériences that name it in their dimensions.</summary>
    public required IReadOnlyList<ItemGroup<FicheLink>> AppliedBy { get; init; }

    /// <summary>The body as HTML.</summary>
    public required string Body { get; init; }

    public required IReadOnlyList<ContentsEntry> Contents { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    public required DimensionsView? Dimensions { get; init; }

    public required IReadOnlyList<ItemGroup<FicheLink>> SeeAlso { get; init; }

    /// <summary>The printed sentence of « Pour aller plus loin » when no group of it is the one introduced.</summary>
    public required string? SeeAlsoNote { get; init; }

    public required IReadOnlyList<ResourceItem> Resources { get; init; }

    public required bool HasPlusLoin { get; init; }

    public required IReadOnlyList<ContactView> Contacts { get; init; }

    public required bool EmailsProtected { get; init; }

    public required IReadOnlyList<ItemGroup<BacklinkView>> Backlinks { get; init; }

    public required IReadOnlyList<FicheLink> Suggestions { get; init; }

    public required IReadOnlyList<FicheLink> RelatedExperiences { get; init; }

    /// <summary>The neighbourhood graph as SVG, or null.</summary>
    public required string? Neighbourhood { get; init; }

    public required FicheLink? Previous { get; init; }

    public required FicheLink? Next { get; init; }
}

internal sealed record TerritoryView(string Label, string? Departement, string? Region, bool NotGiven) : ITemplateModel;

internal sealed record KeywordLink(string Text, string Url) : ITemplateModel;

/// <summary>An entry of the fiche's contents list: an h2 with its h3s.</summary>
internal sealed record ContentsEntry(string Anchor, string Text, List<ContentsEntry> Children) : ITemplateModel;

/// <summary>A step of the breadcrumbs: a part or section of the sommaire.</summary>
internal sealed record Crumb(string Text, string Anchor) : ITemplateModel;

/// <summary>« Cette fiche illustre… les dimensions suivantes »: three columns of repères.</summary>
internal sealed record DimensionsView(string Heading, IReadOnlyList<ItemGroup<FicheLink>> Columns) : ITemplateModel;

/// <summary>A line of « Ressources » in « Pour aller plus loin ».</summary>
internal sealed record ResourceItem(string? Text, string? Url, string? RecordUrl, string? Note, string? GroupHeading) : ITemplateModel;

/// <summary>A contact; <see cref="Email"/> as shown (or null when hidden), <see cref="EmailLink"/> a mailto: target or null.</summary>
internal sealed record ContactView(string? Name, string? Role, string? Organisation, string? Address, string? Phone, string? Url,
    string? Email, string? EmailLink) : ITemplateModel;

/// <summary>« Cité par »: a fiche naming this one, and the sentences where it does.</summary>
internal sealed record BacklinkView(FicheLink Link, IReadOnlyList<BacklinkContext> Contexts) : ITemplateModel;

internal sealed record BacklinkContext(string Text, bool IsQuote) : ITemplateModel;

/// <summary>The link from a page to a printed PDF.</summary>
internal sealed record PdfLink(string Title, string Url, string Pages, string Size) : ITemplateModel;
