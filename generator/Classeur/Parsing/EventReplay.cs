using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Classeur.Parsing;

/// <summary>Gives YamlDotNet's representation model events already made (<see cref="PlainYaml"/>), one by one.</summary>
internal sealed class EventReplay(List<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
