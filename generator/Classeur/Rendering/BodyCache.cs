using System.Runtime.CompilerServices;
using Classeur.Model;
using Markdig.Syntax;

namespace Classeur.Rendering;

/// <summary>
/// A preview's fiche bodies as HTML, by parsed tree: a tree reused from the last save (Build/ParsedFiches)
/// renders again only when what the link phase wrote in it changed (a cited fiche's title, a link's target),
/// or the glossary, or the page's address. Converting every body on every save was the dearest part of a
/// small rebuild once pages were reused. Held weakly by tree: a tree no longer parsed takes its HTML along.
/// </summary>
internal sealed class BodyCache
{
    private sealed record Entry(UInt128 Key, string Html);

    private readonly ConditionalWeakTable<MarkdownDocument, Entry> _byTree = [];

    /// <param name="glossary">The build's <see cref="GlossaryKey"/>.</param>
    public string GetOrRender(Fiche fiche, UInt128 glossary, Func<string> render)
    {
        var key = Key(fiche, glossary);
        if (_byTree.TryGetValue(fiche.Body, out var entry) && entry.Key == key) return entry.Html;
        var html = render();
        _byTree.AddOrUpdate(fiche.Body, new Entry(key, html));
        return html;
    }

    /// <summary>Everything a body's HTML reads beside its tree: what the link phase wrote in it, the glossary, the page.</summary>
    private static UInt128 Key(Fiche fiche, UInt128 glossary) =>
        ModelFingerprint.OfTexts([fiche.Url, glossary.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Linking.LinkFingerprint.Of(fiche).ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>What the glossary marks in a body: each term, its anchor and its expansion.</summary>
    public static UInt128 GlossaryKey(IReadOnlyList<GlossaryTerm> glossary) =>
        ModelFingerprint.OfTexts(glossary.SelectMany(t => new[] { t.Id, t.Term, t.Expansion ?? "\0" }));
}
