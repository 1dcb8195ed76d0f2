using System.Runtime.CompilerServices;
using System.Text;
using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Parsing;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Classeur.Search;

/// <summary>
/// The documents of the search index, taken from the manual: one per fiche (its title, short title,
/// keywords, organisation and territory, headings and whole text) and one per « ## » section (its
/// headings and text), so that a hit can open the fiche at the right heading.
/// </summary>
internal static class SearchDocuments
{
    /// <summary>The fields and their boosts: a word in a title weighs ten words of body text.</summary>
    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("titre", 10), new("titre_court", 8), new("mots_cles", 5), new("lieu", 4), new("intertitres", 3), new("texte", 1),
    ];

    /// <summary>The documents of every fiche, fiche by fiche (each read on its own, in parallel), in the manual's order.</summary>
    public static List<SearchDocument> From(Manual manual, SiteConfig config, CancellationToken cancel = default)
    {
        var perFiche = new List<SearchDocument>[manual.Fiches.Count];
        Parallel.For(0, perFiche.Length, new ParallelOptions { CancellationToken = cancel }, i => perFiche[i] = Of(manual.Fiches[i], manual, config));
        return [.. perFiche.SelectMany(d => d)];
    }

    /// <summary>One fiche's documents: itself, then each of its « ## » sections.</summary>
    public static List<SearchDocument> Of(Fiche fiche, Manual manual, SiteConfig config)
    {
        // The label keys are the type names: « repere », « methode », « experience », « page », « ressource », « experience-externe ».
        var type = config.Label(FicheTypes.Key(fiche.Type));
        var keywords = fiche.Keywords.Select(k => k.Value).ToList();
        var keywordText = string.Join(" ", keywords.Select(k => manual.KeywordsById.TryGetValue(k, out var kw) ? kw.Display : k));
        var place = string.Join(" ", new[] { fiche.Organisation, fiche.Territory?.Label, fiche.Territory?.Departement, fiche.Territory?.Region }
            .Where(s => !string.IsNullOrEmpty(s)));
        var title = fiche.Subtitle is null ? fiche.Title : $"{fiche.Title} {fiche.Subtitle}";
        var (intro, sections) = SplitKept(fiche);
        var headings = string.Join(" ", fiche.Headings.Select(h => h.Text));

        var documents = new List<SearchDocument>(sections.Count + 1)
        {
            new(fiche.Id.Value, fiche.Url, fiche.Title, null, type, fiche.Organisation, fiche.Territory?.Label,
                fiche.Territory?.Region, keywords, intro,
                new FicheValues([title, fiche.ShortTitle, keywordText, place, headings], intro, [.. sections.Select(s => s.Text)]))
            { Kind = fiche.Type },
        };
        foreach (var section in sections)
        {
            documents.Add(new SearchDocument($"{fiche.Id.Value}#{section.Anchor}", $"{fiche.Url}#{section.Anchor}", fiche.Title,
                section.Heading, type, fiche.Organisation, fiche.Territory?.Label, fiche.Territory?.Region, keywords, section.Text,
                [null, null, null, null, section.Headings, section.Text])
            { Kind = fiche.Type });
        }
        return documents;
    }

    // One builder per thread, kept from fiche to fiche: it keeps its capacity instead of growing again for each.
    [ThreadStatic]
    private static PlainTextBuilder? t_text;

    private sealed record Section(string Heading, string Anchor, string Headings, string Text);

    private sealed record Kept(UInt128 Links, string Intro, List<Section> Sections);

    /// <summary>A preview's texts, by tree: reading a body is most of the index's work, and a save changes one.</summary>
    private static readonly ConditionalWeakTable<MarkdownDocument, Kept> ByTree = [];

    /// <summary><see cref="Split"/>, kept by tree in a preview while what the link phase wrote in it (a cited title) stays the same.</summary>
    private static (string Intro, List<Section> Sections) SplitKept(Fiche fiche)
    {
        if (TreeMemo.Of(fiche) is null) return Split(fiche.Body);
        var links = LinkFingerprint.Of(fiche);
        if (ByTree.TryGetValue(fiche.Body, out var kept) && kept.Links == links) return (kept.Intro, kept.Sections);
        var (intro, sections) = Split(fiche.Body);
        ByTree.AddOrUpdate(fiche.Body, new Kept(links, intro, sections));
        return (intro, sections);
    }

    /// <summary>The text before the first « ## », then each « ## » section with its subheadings and text.</summary>
    private static (string Intro, List<Section> Sections) Split(MarkdownDocument body)
    {
        var text = t_text ??= new PlainTextBuilder();
        text.Take(); // empty, unless a fiche read before on this thread stopped half-way on an exception
        var intro = "";
        var sections = new List<Section>();
        HeadingBlock? current = null;
        var headings = new StringBuilder();
        void Close()
        {
            if (current is null) intro = text.Take();
            else sections.Add(new Section(InlineText.Of(current.Inline), current.GetAttributes().Id ?? "", headings.ToString().Trim(), text.Take()));
        }
        foreach (var block in body)
        {
            if (block is YamlFrontMatterBlock) continue;
            if (block is HeadingBlock { Level: 2 } heading)
            {
                Close();
                current = heading;
                headings.Clear().Append(InlineText.Of(heading.Inline));
                continue;
            }
            if (block is HeadingBlock sub && current is not null) headings.Append(' ').Append(InlineText.Of(sub.Inline));
            text.AppendBlock(block);
        }
        Close();
        return (intro, sections);
    }
}
