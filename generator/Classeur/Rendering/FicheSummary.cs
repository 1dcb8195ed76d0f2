using System.Runtime.CompilerServices;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Parsing;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Classeur.Rendering;

/// <summary>The first sentence of a fiche's « En bref » (or of its first paragraph): its one-line summary in lists.</summary>
internal static class FicheSummary
{
    // Every list that names a fiche shows its summary (keyword pages, library, related lists): computed
    // once per fiche, not once per mention. Keyed by the parsed fiche, so a preview's new parse starts afresh.
    private static readonly ConditionalWeakTable<Fiche, StrongBox<string?>> Known = [];

    public static string? FirstSentence(Fiche fiche) => Known.GetValue(fiche, f => new StrongBox<string?>(Compute(f))).Value;

    private static string? Compute(Fiche fiche)
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
