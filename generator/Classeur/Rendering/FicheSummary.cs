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
    // once per fiche, not once per mention. Keyed by the fiche (one object per build), and kept by tree
    // across a preview's builds while what the link phase wrote in it (a cited title) stays the same.
    private static readonly ConditionalWeakTable<Fiche, StrongBox<string?>> Known = [];

    public static string? FirstSentence(Fiche fiche) => Known.GetValue(fiche, f => new StrongBox<string?>(FromTree(f))).Value;

    private static string? FromTree(Fiche fiche)
    {
        if (TreeMemo.Of(fiche) is not { } memo) return Compute(fiche);
        var links = LinkFingerprint.Of(fiche);
        if (memo.Summary is { } kept && kept.Key == links) return kept.Value;
        var summary = Compute(fiche);
        memo.Summary = new TreeMemo.Kept<string?>(links, summary);
        return summary;
    }

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
