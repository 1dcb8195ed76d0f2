using System.Buffers;
using System.Text;
using Classeur.Parsing.Extensions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Parsing;

/// <summary>Plain text of inlines and blocks: for anchors, "Cité par" sentences and search.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(builder, container?.FirstChild);
        return Normalise(builder);
    }

    public static string Of(Block block)
    {
        var builder = new StringBuilder();
        IEnumerable<LeafBlock> leaves = block is LeafBlock self ? [self] : block.Descendants<LeafBlock>();
        foreach (var leaf in leaves)
        {
            if (builder.Length > 0) builder.Append(' ');
            Append(builder, leaf.Inline?.FirstChild);
        }
        return Normalise(builder);
    }

    /// <summary>The plain text of <paramref name="leaf"/> and the offset where <paramref name="mark"/> starts in it.</summary>
    public static (string Text, int Offset) Locate(LeafBlock leaf, Inline mark)
    {
        var builder = new StringBuilder();
        Append(builder, leaf.Inline?.FirstChild, mark);
        var text = Normalise(builder);
        var offset = text.IndexOf(Sentinel, StringComparison.Ordinal);
        return offset < 0 ? (text, 0) : (text.Remove(offset, 1), offset);
    }

    /// <summary>
    /// The plain text of <paramref name="leaf"/> and where each inline of <paramref name="marks"/> starts
    /// in it, in one pass: a paragraph citing thousands of fiches is read once, not once per citation.
    /// </summary>
    public static (string Text, Dictionary<Inline, int> Offsets) LocateAll(LeafBlock leaf, IReadOnlySet<Inline> marks)
    {
        var builder = new StringBuilder();
        var raw = new Dictionary<Inline, int>();
        AppendMarked(builder, leaf.Inline?.FirstChild, marks, raw);
        // Whitespace collapsed as Normalise does; each mark's offset is that of the text that follows it.
        var text = new StringBuilder(builder.Length);
        var at = new int[builder.Length + 1];
        var pendingSpace = false;
        for (var i = 0; i < builder.Length; i++)
        {
            at[i] = text.Length + (pendingSpace && text.Length > 0 ? 1 : 0);
            var c = builder[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && text.Length > 0) text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }
        at[builder.Length] = text.Length;
        return (text.ToString(), raw.ToDictionary(m => m.Key, m => at[m.Value]));
    }

    private static void AppendMarked(StringBuilder builder, Inline? inline, IReadOnlySet<Inline> marks, Dictionary<Inline, int> offsets)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            if (marks.Contains(current)) offsets[current] = builder.Length;
            if (current is ContainerInline container) AppendMarked(builder, container.FirstChild, marks, offsets);
            else Append(builder, current, single: true);
        }
    }

    private const char Sentinel = '\u0001';

    /// <summary>
    /// White space collapsed to single spaces, none at either end: what <c>Split(null)</c> then <c>Join(' ')</c>
    /// gives, in one pass over the builder (a string per word made it a tenth of the parse's garbage).
    /// </summary>
    private static string Normalise(StringBuilder builder)
    {
        var rented = builder.Length > 256 ? ArrayPool<char>.Shared.Rent(builder.Length) : null;
        var text = rented is null ? stackalloc char[builder.Length] : rented.AsSpan(0, builder.Length);
        builder.CopyTo(0, text, builder.Length);
        var length = 0;
        var pendingSpace = false;
        // In place: the collapsed text is never longer than the text read so far.
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0) text[length++] = ' ';
            pendingSpace = false;
            text[length++] = c;
        }
        var result = new string(text[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static void Append(StringBuilder builder, Inline? inline, Inline? mark = null, bool single = false)
    {
        for (var current = inline; current is not null; current = single ? null : current.NextSibling)
        {
            if (current == mark) builder.Append(Sentinel);
            switch (current)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case LineBreakInline: builder.Append(' '); break;
                case CrossReferenceInline reference:
                    builder.Append(reference.Resolved?.Text ?? reference.Label ?? reference.TargetId ?? reference.Raw);
                    break;
                case AutolinkInline autolink: builder.Append(autolink.Url); break;
                case ContainerInline container: Append(builder, container.FirstChild, mark); break;
                default: break; // footnote links, raw HTML: not part of the reading text
            }
        }
    }
}
