using System.Text;
using Classeur.Parsing.Extensions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Search;

/// <summary>
/// A section's plain text, block after block, as <see cref="Parsing.InlineText.Of(Block)"/> gives each block
/// and <see cref="SearchDocuments"/> joins them: white space collapsed to single spaces (as
/// <c>Split(null)</c> then <c>Join(' ')</c> does) and none at either end. Written straight into one
/// builder: InlineText makes a string per literal and per word, which was a gigabyte of garbage at ×100.
/// Which inlines count must stay InlineText's; a test compares the two over the whole manual.
/// </summary>
internal sealed class PlainTextBuilder
{
    private readonly StringBuilder _text = new();
    private bool _space;

    public int Length => _text.Length;

    /// <summary>Appends a block's text, after a space if there is text already.</summary>
    public void AppendBlock(Block block)
    {
        _space = true;
        if (block is LeafBlock leaf)
        {
            Append(leaf.Inline?.FirstChild);
            return;
        }
        foreach (var descendant in block.Descendants<LeafBlock>())
        {
            _space = true;
            Append(descendant.Inline?.FirstChild);
        }
    }

    /// <summary>The text so far; the builder starts again empty.</summary>
    public string Take()
    {
        var text = _text.ToString();
        _text.Clear();
        _space = false;
        return text;
    }

    private void Append(Inline? inline)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            switch (current)
            {
                case LiteralInline literal: Append(literal.Content.AsSpan()); break;
                case CodeInline code: Append(code.Content); break;
                case LineBreakInline: _space = true; break;
                case CrossReferenceInline reference: Append(reference.Resolved?.Text ?? reference.Label ?? reference.TargetId ?? reference.Raw); break;
                case AutolinkInline autolink: Append(autolink.Url); break;
                case ContainerInline container: Append(container.FirstChild); break;
                default: break; // footnote links, raw HTML: not part of the reading text, as in InlineText
            }
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var word = 0;
            while (word < text.Length && !char.IsWhiteSpace(text[word])) word++;
            if (word > 0)
            {
                if (_space && _text.Length > 0) _text.Append(' ');
                _space = false;
                _text.Append(text[..word]);
            }
            var blank = word;
            while (blank < text.Length && char.IsWhiteSpace(text[blank])) blank++;
            if (blank > word) _space = true;
            text = text[blank..];
        }
    }
}
