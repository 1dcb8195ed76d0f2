using System.Text.RegularExpressions;

namespace Classeur.Rendering;

/// <summary>
/// Parses a template into <see cref="FastNode"/>s, or gives null when the text uses anything beyond the
/// subset <see cref="FastTemplates"/> renders exactly as Handlebars.Net does (whitespace control « ~ »,
/// « ../ », subexpressions, other helpers, inline or dynamic partials, a malformed tag…): that
/// template set is then rendered by Handlebars.Net alone, which also says what is wrong.
/// Standalone lines follow Handlebars: a block tag, « else », a comment or a partial alone on its line
/// takes its line away; the checks read the text as written, the trims apply to what earlier trims left.
/// </summary>
internal static partial class FastTemplateParser
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal) { "if", "unless", "each", "with", FoldHelper.Name };

    /// <summary>Names a single-word mustache may not use: Handlebars would call the helper.</summary>
    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal) { "if", "unless", "each", "with", "lookup", "log", "else", FoldHelper.Name };

    private enum Kind
    {
        Static,
        Comment,
        Value,
        Raw,
        Open,
        Close,
        Else,
        Partial,
    }

    private sealed class Token(Kind kind, string text)
    {
        public Kind Kind { get; } = kind;

        /// <summary>For static text, as written (what standalone checks read); for a tag, its inside.</summary>
        public string Original { get; } = text;

        /// <summary>Static text after the trims of the standalone tags beside it.</summary>
        public string Value { get; set; } = text;

        public string Indent { get; set; } = "";
    }

    public static IReadOnlyList<FastNode>? Parse(string template)
    {
        var tokens = Tokenize(template);
        if (tokens is null) return null;
        RemoveStandaloneLines(tokens);
        var position = 0;
        var nodes = Nodes(tokens, ref position, out var stop);
        return stop is null ? nodes : null;
    }

    private static List<Token>? Tokenize(string text)
    {
        var tokens = new List<Token>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                tokens.Add(new Token(Kind.Static, text[at..]));
                break;
            }
            if (open > 0 && text[open - 1] == '\\') return null; // an escaped mustache
            if (open > at) tokens.Add(new Token(Kind.Static, text[at..open]));
            Token tag;
            if (string.CompareOrdinal(text, open, "{{!--", 0, 5) == 0)
            {
                var end = text.IndexOf("--}}", open + 5, StringComparison.Ordinal);
                if (end < 0) return null;
                tag = new Token(Kind.Comment, "");
                at = end + 4;
            }
            else if (string.CompareOrdinal(text, open, "{{{", 0, 3) == 0)
            {
                var end = text.IndexOf("}}}", open + 3, StringComparison.Ordinal);
                if (end < 0) return null;
                tag = new Token(Kind.Raw, text[(open + 3)..end].Trim());
                at = end + 3;
            }
            else
            {
                var end = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
                if (end < 0) return null;
                var inside = text[(open + 2)..end];
                at = end + 2;
                if (inside.StartsWith('!'))
                {
                    tag = new Token(Kind.Comment, "");
                }
                else
                {
                    inside = inside.Trim();
                    var kind = inside.Length == 0 ? Kind.Value : inside[0] switch
                    {
                        '#' => Kind.Open,
                        '/' => Kind.Close,
                        '>' => Kind.Partial,
                        _ => inside == "else" ? Kind.Else : Kind.Value,
                    };
                    tag = new Token(kind, kind is Kind.Open or Kind.Close or Kind.Partial ? inside[1..].Trim() : inside);
                }
            }
            // Whitespace control, escapes, « ^ » inversions, « & » and « * » forms: left to Handlebars.Net.
            if (tag.Original.StartsWith('~') || tag.Original.EndsWith('~') || tag.Original.IndexOfAny(['{', '}', '(', ')', '\'', '[', '^', '&', '*', '\\']) >= 0) return null;
            tokens.Add(tag);
        }
        return tokens;
    }

    private static void RemoveStandaloneLines(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (Kind.Comment or Kind.Open or Kind.Close or Kind.Else or Kind.Partial)) continue;
            var before = i == 0 || (tokens[i - 1] is { Kind: Kind.Static } previous && (i == 1 ? FirstEndsWithBlank() : EndsWithBlankLine()).IsMatch(previous.Original));
            var after = i == tokens.Count - 1 || (tokens[i + 1] is { Kind: Kind.Static } next && (i + 1 == tokens.Count - 1 ? LastStartsWithBlank() : StartsWithBlankLine()).IsMatch(next.Original));
            if (!before || !after) continue;
            if (i > 0)
            {
                if (tokens[i].Kind == Kind.Partial) tokens[i].Indent = Indentation().Match(tokens[i - 1].Value) is { Success: true } m ? m.Groups[1].Value : "";
                tokens[i - 1].Value = TrailingBlanks().Replace(tokens[i - 1].Value, "");
            }
            if (i < tokens.Count - 1) tokens[i + 1].Value = LeadingBlankLine().Replace(tokens[i + 1].Value, "");
        }
    }

    /// <summary>The nodes from <paramref name="position"/> up to an « else » or a closing tag (<paramref name="stop"/>), or the end.</summary>
    private static List<FastNode>? Nodes(List<Token> tokens, ref int position, out Token? stop)
    {
        var nodes = new List<FastNode>();
        stop = null;
        while (position < tokens.Count)
        {
            var token = tokens[position++];
            switch (token.Kind)
            {
                case Kind.Static:
                    if (token.Value.Length > 0) nodes.Add(new FastNode.Text(token.Value));
                    break;
                case Kind.Comment:
                    break;
                case Kind.Value or Kind.Raw:
                    if (Helpers.Contains(token.Original) || FastPath.Parse(token.Original) is not { } path) return null;
                    nodes.Add(new FastNode.Value(path, token.Kind == Kind.Raw));
                    break;
                case Kind.Partial:
                    if (Partial(token) is not { } partial) return null;
                    nodes.Add(partial);
                    break;
                case Kind.Open:
                    if (Block(tokens, ref position, token) is not { } block) return null;
                    nodes.Add(block);
                    break;
                default: // else, or a closing tag: the caller's block decides
                    stop = token;
                    return nodes;
            }
        }
        return nodes;
    }

    private static FastNode.Block? Block(List<Token> tokens, ref int position, Token open)
    {
        var words = Words(open.Original);
        if (words is null || words.Count < 2 || !Blocks.Contains(words[0])) return null;
        var arguments = new List<FastArgument>();
        foreach (var word in words.Skip(1))
        {
            if (FastArgument.Parse(word) is not { } argument) return null;
            arguments.Add(argument);
        }
        // if, unless, each and with read one name; replie its list, count, label and optional class.
        var fold = words[0] == FoldHelper.Name;
        if (fold ? arguments.Count is < 3 or > 4 || arguments[0].Path is null || arguments[1].Literal is not int || arguments[2].Path is null
                   || (arguments.Count == 4 && arguments[3].Literal is not string)
                 : arguments.Count != 1 || arguments[0].Path is null) return null;
        var body = Nodes(tokens, ref position, out var stop);
        if (body is null || stop is null) return null;
        List<FastNode> inverse = [];
        if (stop.Kind == Kind.Else)
        {
            if (fold) return null;
            inverse = Nodes(tokens, ref position, out stop)!;
            if (inverse is null || stop is null || stop.Kind != Kind.Close) return null;
        }
        return stop.Original == words[0] ? new FastNode.Block(words[0], arguments, body, inverse) : null;
    }

    private static FastNode.Partial? Partial(Token token)
    {
        var words = Words(token.Original);
        if (words is null || words.Count == 0 || words[0].AsSpan().ContainsAnyExcept(FastPath.NameCharacters)) return null;
        var hash = new List<(string, FastPath)>();
        foreach (var word in words.Skip(1))
        {
            var equals = word.IndexOf('=');
            if (equals <= 0 || FastPath.Parse(word[(equals + 1)..]) is not { } value || FastPath.Parse(word[..equals]) is not { IsData: false, FromRoot: false, Segments.Length: 1 }) return null;
            hash.Add((word[..equals], value));
        }
        return new FastNode.Partial(words[0], hash, token.Indent);
    }

    /// <summary>The words of a tag, a "string" kept whole (quotes included); null for an unclosed string.</summary>
    private static List<string>? Words(string inside)
    {
        var words = new List<string>();
        var at = 0;
        while (at < inside.Length)
        {
            if (char.IsWhiteSpace(inside[at]))
            {
                at++;
                continue;
            }
            var start = at;
            if (inside[at] == '"')
            {
                var close = inside.IndexOf('"', at + 1);
                if (close < 0) return null;
                at = close + 1;
                if (at < inside.Length && !char.IsWhiteSpace(inside[at])) return null;
            }
            else
            {
                while (at < inside.Length && !char.IsWhiteSpace(inside[at]))
                {
                    if (inside[at] == '"') return null;
                    at++;
                }
            }
            words.Add(inside[start..at]);
        }
        return words;
    }

    [GeneratedRegex(@"(^|\r?\n)\s*?$")]
    private static partial Regex FirstEndsWithBlank();

    [GeneratedRegex(@"\r?\n\s*?$")]
    private static partial Regex EndsWithBlankLine();

    [GeneratedRegex(@"^[ \t]*(\r?\n|$)")]
    private static partial Regex LastStartsWithBlank();

    [GeneratedRegex(@"^[ \t]*\r?\n")]
    private static partial Regex StartsWithBlankLine();

    [GeneratedRegex(@"(?:^|\r?\n)([ \t]*)$")]
    private static partial Regex Indentation();

    [GeneratedRegex(@"[ \t]+\z")]
    private static partial Regex TrailingBlanks();

    [GeneratedRegex(@"^[ \t]*\r?\n?")]
    private static partial Regex LeadingBlankLine();
}
