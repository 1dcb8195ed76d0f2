using Classeur.Linking;
using Classeur.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Rendering;

/// <summary>
/// Marks the first use of each glossary acronym in a page's body: an &lt;abbr&gt; with its expansion,
/// inside a link to the glossary. The expansion is also written in a visually hidden span, so screen
/// readers say it and print shows it in parentheses — unless the expansion is already written beside
/// the acronym (<see cref="ExpansionBeside"/>). Only text renders differently: the AST is shared
/// with search and is left untouched. Headings, links and code are skipped.
/// </summary>
internal sealed class GlossaryMarker
{
    private readonly Text.WholeWords? _pattern;
    private readonly Dictionary<string, GlossaryTerm> _byTerm = new(StringComparer.Ordinal);

    public GlossaryMarker(IReadOnlyList<GlossaryTerm> glossary)
    {
        foreach (var term in glossary) _byTerm.TryAdd(term.Term, term);
        if (_byTerm.Count == 0) return;
        // Longest first, so that « SIAE » is not read as « IAE »; whole words only, case-sensitive.
        _pattern = new Text.WholeWords(_byTerm.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal));
    }

    public const string GlossaryUrl = "glossaire/index.html";

    /// <summary>Replaces the renderer's text renderer by one that marks terms, for one page.</summary>
    public void Attach(HtmlRenderer renderer, string page)
    {
        if (_pattern is null) return;
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new MarkingRenderer(this, SiteUrls.Relative(page, GlossaryUrl)));
    }

    private sealed class MarkingRenderer(GlossaryMarker marker, string glossaryUrl) : HtmlObjectRenderer<LiteralInline>
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        protected override void Write(HtmlRenderer renderer, LiteralInline literal)
        {
            // Written from the source's own characters: a string per literal (most hold no sigle) was garbage.
            if (!renderer.EnableHtmlForInline || _used.Count == marker._byTerm.Count || !Markable(literal))
            {
                WriteText(renderer, literal.Content.AsSpan());
                return;
            }
            var text = literal.Content.AsSpan();
            var position = 0;
            for (var (index, found) = marker._pattern!.Next(text, 0); found is not null; (index, found) = marker._pattern.Next(text, index + found.Length))
            {
                if (!_used.Add(found)) continue;
                var term = marker._byTerm[found];
                WriteText(renderer, text[position..index]);
                renderer.Write($"<a class=\"sigle\" href=\"{glossaryUrl}#{term.Anchor}\">");
                if (term.Expansion is null) renderer.WriteEscape(term.Term);
                else renderer.Write("<abbr title=\"").WriteEscape(term.Expansion).Write("\">").WriteEscape(term.Term).Write("</abbr>");
                // Not a second time where the words it stands for are written beside it.
                if (term.Expansion is not null && !ExpansionBeside.Holds(literal, index, term))
                    renderer.Write("<span class=\"sigle-developpe\"> (").WriteEscape(term.Expansion).Write(")</span>");
                renderer.Write("</a>");
                position = index + found.Length;
            }
            WriteText(renderer, text[position..]);
        }

        private static void WriteText(HtmlRenderer renderer, ReadOnlySpan<char> text)
        {
            if (renderer.EnableHtmlForInline) renderer.WriteEscape(text);
            else renderer.Write(text);
        }

        /// <summary>Not in a heading nor in a link (a link inside a link is invalid). Code spans are not literals.</summary>
        private static bool Markable(LiteralInline literal)
        {
            for (Inline? inline = literal.Parent; inline is not null; inline = inline.Parent)
            {
                if (inline is LinkInline) return false;
                if (inline.Parent is null && inline is ContainerInline root && root.ParentBlock is HeadingBlock) return false;
            }
            return literal.Parent?.ParentBlock is not HeadingBlock;
        }
    }
}
