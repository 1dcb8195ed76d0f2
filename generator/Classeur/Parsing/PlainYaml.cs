using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Classeur.Parsing;

/// <summary>
/// The parsing events of the YAML a fiche's front matter is written in (a mapping of keys, texts plain or
/// quoted on one line, lists in brackets on one line, nested mappings and « - » lists by indentation,
/// comments), made in one pass over the text: YamlDotNet's scanner cost more than Markdig parsing the
/// bodies (its tokens, marks and look-ahead buffer, 8 % of a ×100 build's CPU with the collections they
/// caused). The events, and so the nodes built from them, are YamlDotNet's own, with the same positions
/// (a test compares both over the manual). Anything else (an anchor, a tag, a block scalar, a text on
/// several lines, a tab, an error…) gives null, and <see cref="YamlLoader"/> lets YamlDotNet read the
/// text: its diagnostics stay the only ones.
/// </summary>
internal sealed partial class PlainYaml
{
    private readonly string _text;
    private readonly List<ParsingEvent> _events = [];
    private int _line;      // 1-based number of the current line
    private int _start;     // index of the current line's first character
    private int _end;       // index of its end (the '\n' or the text's end)
    private int _indent;    // its indentation, or -1 past the last line
    private int _depth;     // lists and mappings open

    /// <summary>Deeper than any fiche needs, far below <see cref="YamlLoader.MaxDepth"/>: YamlDotNet reads such a text and refuses it.</summary>
    private const int MaxDepth = 16;

    /// <summary>
    /// Control characters but the line feed (tabs included), C1 controls, other line breaks, byte-order marks and
    /// non-characters. Tested by ranges: a SearchValues of these falls back, on accented text, to a slow per-character
    /// map (1 % of a ×100 build).
    /// </summary>
    private static bool HasUnusual(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\0', '\t') || text.ContainsAnyInRange('\u000B', '\u001F') || text.ContainsAnyInRange('\u007F', '\u009F')
        || text.ContainsAny('\u2028', '\u2029', '\uFEFF') || text.ContainsAnyInRange('\uFFFE', '\uFFFF');

    private PlainYaml(string text) => _text = text;

    /// <summary>The events of <paramref name="text"/>, or null when it is not the plain YAML read here.</summary>
    public static List<ParsingEvent>? Events(string text)
    {
        // Tabs, other line breaks, byte-order marks and characters YAML does not print: YamlDotNet's rules.
        if (HasUnusual(text)) return null;
        var yaml = new PlainYaml(text);
        return yaml.Read() ? yaml._events : null;
    }

    private bool Read()
    {
        _end = -1;
        _line = 0;
        NextContentLine();
        if (_indent != 0) return false; // empty, or the first key indented: YamlDotNet decides
        var origin = new Mark(0, 1, 1);
        _events.Add(new StreamStart(origin, origin));
        _events.Add(new DocumentStart(null, null, true, Here(_start), Here(_start)));
        if (!Mapping(0, _start)) return false;
        if (_indent != -1) return false;
        var end = new Mark(_text.Length, _line + 1, 1);
        _events.Add(new DocumentEnd(true, end, end));
        _events.Add(new StreamEnd(end, end));
        return true;
    }

    /// <summary>Moves to the next line that is neither blank nor a comment; _indent is -1 at the end.</summary>
    private void NextContentLine()
    {
        while (true)
        {
            _start = _end + 1;
            if (_start > _text.Length || (_start == _text.Length && _end >= 0))
            {
                _indent = -1;
                return;
            }
            _line++;
            _end = _text.IndexOf('\n', _start);
            if (_end < 0) _end = _text.Length;
            var first = _start;
            while (first < _end && _text[first] == ' ') first++;
            if (first == _end || _text[first] == '#') continue;
            _indent = first - _start;
            return;
        }
    }

    private Mark Here(int index) => new(index, _line, index - _start + 1);

    /// <summary>A block mapping whose keys stand at <paramref name="indent"/>, the first at <paramref name="at"/> on the current line.</summary>
    private bool Mapping(int indent, int at)
    {
        if (++_depth > MaxDepth) return false;
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, Here(at), Here(at)));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var keyEnd = at;
            while (keyEnd < _end && IsKeyChar(_text[keyEnd])) keyEnd++;
            if (keyEnd == at || keyEnd >= _end || _text[keyEnd] != ':') return false;
            if (keyEnd + 1 < _end && _text[keyEnd + 1] != ' ') return false;
            var key = _text[at..keyEnd];
            if (!keys.Add(key)) return false; // a duplicate key: YamlDotNet's error
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, true, false, Here(at), Here(keyEnd)));
            var value = keyEnd + 1;
            while (value < _end && _text[value] == ' ') value++;
            if (value < _end && _text[value] != '#')
            {
                if (!InlineValue(value)) return false;
                NextContentLine();
            }
            else
            {
                var colon = Here(keyEnd + 1);
                NextContentLine();
                if (_indent > indent && StartsEntry()) { if (!Sequence(_indent)) return false; }
                else if (_indent == indent && StartsEntry()) { if (!Sequence(indent)) return false; }
                else if (_indent > indent) { if (!Mapping(_indent, _start + _indent)) return false; }
                else _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, "", ScalarStyle.Plain, true, false, colon, colon));
            }
            if (_indent > indent) return false; // a text continued on the next line, or a stray indentation
            if (_indent < indent || StartsEntry())
            {
                var close = _indent < 0 ? new Mark(_text.Length, _line + 1, 1) : Here(_start + _indent);
                _events.Add(new MappingEnd(close, close));
                _depth--;
                return true;
            }
            at = _start + _indent;
        }
    }

    /// <summary>A « - » list whose dashes stand at <paramref name="indent"/>, starting on the current line.</summary>
    private bool Sequence(int indent)
    {
        if (++_depth > MaxDepth) return false;
        var first = _start + indent;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, Here(first), Here(first + 1)));
        while (_indent == indent && StartsEntry())
        {
            var item = _start + indent + 1;
            while (item < _end && _text[item] == ' ') item++;
            if (item == _end || _text[item] == '#') return false; // an empty item or a list on the next lines
            if (IsKeyStart(item))
            {
                if (!Mapping(item - _start, item)) return false;
            }
            else
            {
                if (!InlineValue(item)) return false;
                NextContentLine();
            }
            if (_indent > indent) return false;
        }
        var close = _indent < 0 ? new Mark(_text.Length, _line + 1, 1) : Here(_start + _indent);
        _events.Add(new SequenceEnd(close, close));
        _depth--;
        return true;
    }

    private bool StartsEntry()
    {
        var dash = _start + _indent;
        return _text[dash] == '-' && (dash + 1 == _end || _text[dash + 1] == ' ');
    }

    /// <summary>Whether a « key: » starts at <paramref name="at"/> (a mapping in a list item).</summary>
    private bool IsKeyStart(int at)
    {
        var end = at;
        while (end < _end && IsKeyChar(_text[end])) end++;
        return end > at && end < _end && _text[end] == ':' && (end + 1 == _end || _text[end + 1] == ' ');
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
