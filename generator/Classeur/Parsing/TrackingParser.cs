using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Classeur.Parsing;

/// <summary>
/// Passes YamlDotNet's parsing events through while remembering where each open list or mapping
/// started, so that an error can be placed where an editor can fix it, and refusing nesting deeper
/// than a limit (the representation model builds nested nodes recursively).
/// </summary>
internal sealed class TrackingParser(IParser inner, string text, int maxDepth) : IParser
{
    private readonly Stack<OpenCollection> _open = new();

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read starts: the best position when YamlDotNet fails without one.</summary>
    public Mark LastMark { get; private set; } = new(0, 1, 1);

    /// <summary>The innermost « [ … ] » or « { … } » still open, if any.</summary>
    public OpenCollection? InnermostFlow => _open.FirstOrDefault(c => c.IsFlow);

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case SequenceStart sequence:
                Open(new OpenCollection(sequence.Start, true, IsBracket(sequence.Start, '[')));
                break;
            case MappingStart mapping:
                Open(new OpenCollection(mapping.Start, false, IsBracket(mapping.Start, '{')));
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                _open.Pop();
                break;
            default:
                break;
        }
        if (inner.Current is { } current) LastMark = current.Start;
        return true;
    }

    /// <summary>
    /// True when the collection was opened by a bracket in the text: YamlDotNet also calls « flow » the
    /// implicit one-pair mapping of « [a: b] », which has no bracket of its own.
    /// </summary>
    private bool IsBracket(Mark start, char bracket) =>
        start.Index >= 0 && start.Index < text.Length && text[(int)start.Index] == bracket;

    private void Open(OpenCollection collection)
    {
        _open.Push(collection);
        if (_open.Count > maxDepth) throw new TooDeepException(collection.Start);
    }

    public sealed record OpenCollection(Mark Start, bool IsSequence, bool IsFlow);

    /// <summary>Thrown from inside YamlDotNet's loading loop, caught by <see cref="YamlLoader"/> only.</summary>
    public sealed class TooDeepException(Mark start) : Exception("nesting too deep")
    {
        public Mark Start { get; } = start;
    }
}
