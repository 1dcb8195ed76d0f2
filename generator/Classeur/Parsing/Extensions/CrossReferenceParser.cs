using Markdig.Helpers;
using Markdig.Parsers;

namespace Classeur.Parsing.Extensions;

/// <summary>
/// Recognises `[[…]]` on one line. It runs before Markdig's link parser so that `[[` is never read
/// as a link; whatever sits between the brackets is recorded, and a malformed form is kept too so
/// that validation can report it with its position rather than let it pass silently as text.
/// </summary>
internal sealed class CrossReferenceParser : InlineParser
{
    public CrossReferenceParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '[') return false;
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0) return false;
        var inner = text.Substring(start + 2, close - start - 2);
        if (inner.Contains('\n', StringComparison.Ordinal) || inner.Contains('[', StringComparison.Ordinal)) return false;

        processor.GetSourcePosition(start, out var line, out var column);
        var (target, anchor, label) = Split(inner);
        processor.Inline = new CrossReferenceInline
        {
            Raw = text.Substring(start, close + 2 - start),
            TargetId = target,
            Anchor = anchor,
            Label = label,
            SourceLine = line,
            SourceColumn = column,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }

    /// <summary>"I-C-2-a#comment|label" → (I-C-2-a, comment, label); null target when malformed.</summary>
    internal static (string? Target, string? Anchor, string? Label) Split(string inner)
    {
        string? label = null;
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            label = inner[(bar + 1)..].Trim();
            inner = inner[..bar];
            if (label.Length == 0) return (null, null, null);
        }
        string? anchor = null;
        var hash = inner.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            anchor = inner[(hash + 1)..].Trim();
            inner = inner[..hash];
            if (anchor.Length == 0) return (null, null, label);
        }
        var target = inner.Trim();
        return (target.Length == 0 ? null : target, anchor, label);
    }
}
