namespace Classeur.Rendering.Models;

// The parts of a page that every template sees (see PageModel).

internal sealed record PageCommon(SiteInfo Site, LabelTable Labels, string Root, string? BibliothequeUrl, string? GlossaireUrl,
    IReadOnlyList<NavigationLink> Navigation);

/// <summary>site.yml's identity of the manual.</summary>
internal sealed record SiteInfo(string Title, string ShortTitle, string? Publisher, string? Edition, string? Language) : ITemplateModel;

/// <summary>A way in of the header; <see cref="Current"/> marks the page being shown.</summary>
internal sealed record NavigationLink(string Url, string Text, bool Current) : ITemplateModel;
