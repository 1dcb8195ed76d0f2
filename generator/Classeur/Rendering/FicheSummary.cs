using Classeur.Linking;
using Classeur.Model;
using Classeur.Parsing;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Classeur.Rendering;

/// <summary>The first sentence of a fiche's « En bref » (or of its first paragraph): its one-line summary in lists.</summary>
public static class FicheSummary
{
    public static string? FirstSentence(Fiche fiche)
    {
        var blocks = fiche.Body.ToList();
        var start = blocks.FindIndex(b => b is HeadingBlock h && h.GetAttributes().Id == "en-bref");
        var after = blocks.Skip(start + 1).SkipWhile(b => b is not ParagraphBlock).ToList();
        if (after.Count == 0) return null;
        var text = InlineText.Of(after[0]);
        // « …recouvre plusieurs fonctions : » announces a list: the summary goes on into it.
        if (text.EndsWith(':') && after.Count > 1 && after[1] is ListBlock list)
            text += " " + string.Join(" ; ", list.OfType<ListItemBlock>().Select(InlineText.Of));
        return text.Length == 0 ? null : SentenceFinder.Around(text, 0);
    }
}
