using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// The document of one fiche's own PDF (templates/impression/document.hbs): its printed article, laid
/// out by Chromium itself, with the footer
/// « Fiche I-C-2-a – Coopération · Page 2/4 · Version 1 — décembre 2010 » in a margin box.
/// </summary>
internal static class FicheDocument
{
    /// <summary>The longest title a footer keeps whole: longer ones are cut at a word, so that the footer holds on one line.</summary>
    public const int FooterTitleLength = 56;

    /// <summary>
    /// <paramref name="anchorOf"/>: in a binder, the anchor of a fiche it holds (the index then cites its
    /// page); alone, none.
    /// </summary>
    public static string Render(PaperFiches paper, PrintTemplates templates, Fiche fiche, Func<Fiche, string?>? anchorOf = null) =>
        templates.Render(PrintTemplates.Document, new DocumentModel(
            paper.Config.Language,
            fiche.CitationText,
            $"{Css.Quote(FooterLabel(fiche) + " · " + paper.Config.Label("page") + " ")} counter(page) \"/\" counter(pages) {Css.Quote(" · " + FicheEdition.Of(fiche, paper.Config))}",
            paper.Article(fiche, anchorOf ?? (_ => null)),
            paper.Config.Language.StartsWith("fr", StringComparison.Ordinal)));

    /// <summary>« Fiche I-C-2-a – Coopération », its title cut at a word when long.</summary>
    public static string FooterLabel(Fiche fiche)
    {
        var label = fiche.Type == FicheType.Page ? fiche.ShortTitle ?? fiche.Title : fiche.CitationText;
        if (label.Length <= FooterTitleLength) return label;
        var cut = label.LastIndexOf(' ', FooterTitleLength);
        return label[..(cut > 0 ? cut : FooterTitleLength)].TrimEnd(',', ';', ':', ' ', '–') + "…";
    }

    internal sealed record DocumentModel(string Language, string Title, string Footer, string Article, bool Hyphenate) : Rendering.Models.ITemplateModel;
}
