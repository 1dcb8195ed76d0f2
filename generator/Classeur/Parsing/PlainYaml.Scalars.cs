using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Classeur.Parsing;

/// <summary>The values of <see cref="PlainYaml"/>: texts plain or quoted, and lists in brackets, each on one line.</summary>
internal sealed partial class PlainYaml
{
    /// <summary>A value written on the rest of the line from <paramref name="at"/>: a text, plain or quoted, or a list in brackets.</summary>
    private bool InlineValue(int at)
    {
        int after;
        switch (_text[at])
        {
            case '[':
                if (!FlowSequence(at, out after)) return false;
                break;
            case '"' or '\'':
                if (!Quoted(at, out after)) return false;
                break;
            default:
                return PlainScalar(at, _end, false, out _);
        }
        while (after < _end && _text[after] == ' ') after++;
        return after == _end || (_text[after] == '#' && _text[after - 1] == ' ');
    }

    private bool FlowSequence(int at, out int after)
    {
        after = at;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, Here(at), Here(at + 1)));
        var i = at + 1;
        while (i < _end && _text[i] == ' ') i++;
        if (i < _end && _text[i] == ']')
        {
            _events.Add(new SequenceEnd(Here(i), Here(i + 1)));
            after = i + 1;
            return true;
        }
        while (true)
        {
            if (i >= _end) return false;
            int next;
            if (_text[i] is '"' or '\'')
            {
                if (!Quoted(i, out next)) return false;
            }
            else
            {
                var stop = i;
                while (stop < _end && _text[stop] is not (',' or ']')) stop++;
                if (!PlainScalar(i, stop, true, out next)) return false;
            }
            i = next;
            while (i < _end && _text[i] == ' ') i++;
            if (i >= _end) return false; // a list continued on the next line
            if (_text[i] == ']')
            {
                _events.Add(new SequenceEnd(Here(i), Here(i + 1)));
                after = i + 1;
                return true;
            }
            if (_text[i] != ',') return false;
            i++;
            while (i < _end && _text[i] == ' ') i++;
            if (i < _end && _text[i] is ',' or ']') return false; // an empty item
        }
    }

    /// <summary>
    /// A plain text from <paramref name="at"/> to <paramref name="stop"/> (the line's end, or in a bracket list the next
    /// comma or bracket), without trailing spaces or a comment; null when YAML would read more or other than that.
    /// </summary>
    private bool PlainScalar(int at, int stop, bool inFlow, out int after)
    {
        after = at;
        var c = _text[at];
        if (c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`') return false;
        var end = at;
        for (var i = at; i < stop; i++)
        {
            c = _text[i];
            if (c == '#' && _text[i - 1] == ' ') break; // a comment
            if (c == ':' && (i + 1 == stop || _text[i + 1] == ' ' || (inFlow && _text[i + 1] is ',' or '[' or ']' or '{' or '}'))) return false;
            if (inFlow && c is '[' or '{' or '}') return false;
            if (c != ' ') end = i + 1;
        }
        var value = _text[at..end];
        if (value is "---" or "...") return false;
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, Here(at), Here(end)));
        after = end;
        return true;
    }

    /// <summary>A text between double or single quotes, closed on the same line.</summary>
    private bool Quoted(int at, out int after)
    {
        after = at;
        var quote = _text[at];
        var close = _text.IndexOf(quote, at + 1, _end - at - 1);
        if (close > 0 && (quote == '"' ? _text.IndexOf('\\', at + 1, close - at - 1) < 0 : close + 1 >= _end || _text[close + 1] != '\''))
        {
            // No escape and no doubled quote: the text as written, without a builder.
            var style0 = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text[(at + 1)..close], style0, false, true, Here(at), Here(close + 1)));
            after = close + 1;
            return true;
        }
        var value = new System.Text.StringBuilder();
        var i = at + 1;
        while (true)
        {
            if (i >= _end) return false;
            var c = _text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < _end && _text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && quote == '"')
            {
                if (i + 1 >= _end) return false;
                switch (_text[i + 1])
                {
                    case '"': value.Append('"'); break;
                    case '\\': value.Append('\\'); break;
                    case '/': value.Append('/'); break;
                    case 'n': value.Append('\n'); break;
                    case 't': value.Append('\t'); break;
                    default: return false; // rarer escapes: YamlDotNet's
                }
                i += 2;
                continue;
            }
            value.Append(c);
            i++;
        }
        var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), style, false, true, Here(at), Here(i + 1)));
        after = i + 1;
        return true;
    }
}
