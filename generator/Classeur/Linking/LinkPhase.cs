using Classeur.Model;
using Classeur.Parsing;
using Classeur.Parsing.Extensions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Linking;

/// <summary>
/// Resolves what the parser recorded: each [[ID]] and example box gets its URL and text, local links
/// point to their published copy, and every citation becomes a backlink with its sentence.
/// (Dimensions are not citations: repères show them in a section of their own.)
/// References that validation reported stay unresolved (they render as their raw text).
/// The manual itself is not changed: the linked manual, with its backlinks, is a new value. (The parsed
/// trees are annotated in place: Markdig's syntax trees cannot be copied, and each is read by its own
/// fiche's renderers only after this phase.)
/// </summary>
internal static class LinkPhase
{
    public static Manual Resolve(Manual manual, IReadOnlySet<string> contentFiles, IReadOnlyDictionary<string, string> ficheByContentPath)
    {
        // Pass 1, in parallel: each fiche's own AST only, resolved, then read for the sentences it cites with.
        var citations = new (string Target, string Sentence)[manual.Fiches.Count][];
        Parallel.For(0, manual.Fiches.Count, i =>
        {
            ResolveBody(manual.Fiches[i], manual, contentFiles, ficheByContentPath);
            citations[i] = Citations(manual.Fiches[i], manual);
        });

        // Pass 2, in manual order, so backlink lists are deterministic.
        var backlinks = new Backlinks();
        for (var i = 0; i < manual.Fiches.Count; i++)
            CollectBacklinks(manual.Fiches[i], citations[i], manual, backlinks);
        return manual.Linked(backlinks.ByTarget.ToDictionary(p => p.Key, p => (IReadOnlyList<Backlink>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>The backlinks as collected, by target id; a set keeps this linear when one fiche is cited by thousands.</summary>
    private sealed class Backlinks
    {
        private readonly HashSet<(string Target, Backlink Backlink)> _seen = [];

        public Dictionary<string, List<Backlink>> ByTarget { get; } = new(StringComparer.Ordinal);

        public void Add(Fiche target, Backlink backlink)
        {
            if (!ByTarget.TryGetValue(target.Id.Value, out var list)) ByTarget[target.Id.Value] = list = [];
            if (_seen.Add((target.Id.Value, backlink))) list.Add(backlink);
        }
    }

    /// <summary>The key under which a local link keeps the URL as written, once the link phase has rewritten it.</summary>
    private static readonly object WrittenUrlKey = new();

    /// <summary>
    /// Takes back what <see cref="Resolve"/> wrote in a fiche's tree: the tree is then as the parser gave it.
    /// A preview reuses the trees of the files that did not change (Build/ParsedFiches), and resolves them again.
    /// </summary>
    public static void Unresolve(Fiche fiche)
    {
        foreach (var reference in fiche.CrossReferences) reference.Resolved = null;
        var nodes = TreeNodes.Of(fiche);
        foreach (var box in nodes.Boxes) box.RemoveData(ContainerKinds.ResolvedKey);
        foreach (var link in nodes.Links)
        {
            if (link.GetData(WrittenUrlKey) is WrittenUrl written) link.Url = written.Url;
        }
    }

    private static void ResolveBody(Fiche fiche, Manual manual, IReadOnlySet<string> contentFiles, IReadOnlyDictionary<string, string> ficheByContentPath)
    {
        foreach (var reference in fiche.CrossReferences)
        {
            if (reference.TargetId is null || manual.Find(reference.TargetId) is not { } target) continue;
            if (reference.Anchor is { } anchor && target.Headings.All(h => h.Anchor != anchor)) continue;
            var url = target.Url + (reference.Anchor is null ? "" : "#" + reference.Anchor);
            reference.Resolved = new ResolvedLink(SiteUrls.Relative(fiche.Url, url), reference.Label ?? target.CitationText, target.Title);
        }

        var nodes = TreeNodes.Of(fiche);
        foreach (var box in nodes.Boxes.Where(b => b.Info == ContainerKinds.Exemple))
        {
            if (manual.Find(box.Arguments?.Trim() ?? "") is { Type: FicheType.Experience } target)
                box.SetData(ContainerKinds.ResolvedKey, new ResolvedLink(SiteUrls.Relative(fiche.Url, target.Url), Describe(target), target.Title, "Fiche " + target.Id.Value));
        }

        foreach (var link in nodes.Links)
        {
            var (kind, resolved, _) = Text.LocalPaths.Classify(link.Url ?? "", fiche.ContentPath);
            // Defence in depth: validation already failed the build, but the AST never keeps a refused URL.
            if (kind is Text.LocalPaths.Kind.Unsafe or Text.LocalPaths.Kind.Outside) Rewrite(link, "#");
            if (kind != Text.LocalPaths.Kind.Local || !contentFiles.Contains(resolved!)) continue;
            var fragment = link.Url!.Contains('#', StringComparison.Ordinal) ? link.Url[link.Url.IndexOf('#', StringComparison.Ordinal)..] : "";
            var siteUrl = ficheByContentPath.TryGetValue(resolved!, out var ficheUrl) ? ficheUrl : SiteUrls.ForContentFile(resolved!);
            Rewrite(link, SiteUrls.Relative(fiche.Url, siteUrl) + fragment);
        }
    }

    private sealed record WrittenUrl(string? Url);

    /// <summary>Points a link to its published copy, keeping the URL as written for <see cref="Unresolve"/>.</summary>
    private static void Rewrite(LinkInline link, string url)
    {
        if (link.GetData(WrittenUrlKey) is null) link.SetData(WrittenUrlKey, new WrittenUrl(link.Url));
        link.Url = url;
    }

    /// <summary>« Fiche III-4 – Pérennisation… – Jura Service (Agglomération de Dole, Jura) ».</summary>
    public static string Describe(Fiche experience)
    {
        var text = experience.CitationText;
        if (experience.Organisation is not null) text += " – " + experience.Organisation;
        if (experience.Territory is not null) text += $" ({experience.Territory.Label})";
        return text;
    }

    private static void CollectBacklinks(Fiche fiche, (string Target, string Sentence)[] citations, Manual manual, Backlinks backlinks)
    {
        foreach (var (target, sentence) in citations)
            backlinks.Add(manual.Find(target)!, new Backlink(fiche, sentence, IsQuote: true));
        foreach (var id in fiche.SeeAlso)
        {
            if (manual.Find(id.Value) is { } target && target != fiche)
                backlinks.Add(target, new Backlink(fiche, "Pour aller plus loin", IsQuote: false));
        }
    }

    /// <summary>
    /// The fiches a fiche cites (its resolved citations, then its example boxes), each with the sentence it
    /// cites it in, in order. A preview keeps them by tree while what the link phase wrote in it stays the same.
    /// </summary>
    private static (string Target, string Sentence)[] Citations(Fiche fiche, Manual manual)
    {
        var memo = TreeMemo.Of(fiche);
        var links = memo is null ? default : LinkFingerprint.Of(fiche);
        if (memo?.Citations is { } kept && kept.Key == links) return kept.Value;
        var found = new List<(string Target, string Sentence)>();
        var paragraphs = new Paragraphs(fiche.CrossReferences.Select(r => (Leaf: LeafOf(r), Reference: (Inline)r))
            .Where(p => p.Leaf is not null).GroupBy(p => p.Leaf!).ToDictionary(g => g.Key, g => g.Select(p => p.Reference).ToHashSet()));
        foreach (var reference in fiche.CrossReferences)
        {
            if (reference.Resolved is null || manual.Find(reference.TargetId!) is not { } target || target == fiche) continue;
            found.Add((target.Id.Value, SentenceOf(reference, paragraphs)));
        }
        foreach (var box in TreeNodes.Of(fiche).Boxes.Where(b => b.Info == ContainerKinds.Exemple))
        {
            if (box.GetData(ContainerKinds.ResolvedKey) is null) continue;
            var target = manual.Find(box.Arguments!.Trim())!;
            found.Add((target.Id.Value, SentenceFinder.Around(InlineText.Of(box), 0)));
        }
        var citations = found.ToArray();
        if (memo is not null) memo.Citations = new TreeMemo.Kept<(string Target, string Sentence)[]>(links, citations);
        return citations;
    }

    /// <summary>The sentence around <paramref name="reference"/>; each paragraph is read once for all its citations.</summary>
    private static string SentenceOf(CrossReferenceInline reference, Paragraphs paragraphs)
    {
        if (LeafOf(reference) is not { } leaf) return reference.Resolved!.Text;
        if (!paragraphs.Read.TryGetValue(leaf, out var paragraph))
        {
            var (text, offsets) = InlineText.LocateAll(leaf, paragraphs.Marks[leaf]);
            paragraphs.Read[leaf] = paragraph = (text, SentenceFinder.Ends(text), offsets);
        }
        return SentenceFinder.Around(paragraph.Text, paragraph.Offsets.GetValueOrDefault(reference), paragraph.Ends);
    }

    /// <summary>A fiche's citing paragraphs: the citations in each, and each one's text once read.</summary>
    private sealed record Paragraphs(Dictionary<LeafBlock, HashSet<Inline>> Marks)
    {
        public Dictionary<LeafBlock, (string Text, int[] Ends, Dictionary<Inline, int> Offsets)> Read { get; } = [];
    }

    private static LeafBlock? LeafOf(Inline inline)
    {
        var top = inline;
        while (top.Parent is not null) top = top.Parent;
        return (top as ContainerInline)?.ParentBlock as LeafBlock;
    }
}
