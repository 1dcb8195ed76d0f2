using System.Text;

namespace Classeur.Tests.Support;

/// <summary>
/// Random edits of a text file, of the kinds an editor's slip makes (a character lost or doubled, a
/// bracket or quote missing, a line moved, a tab, a cut) and of the kinds a careless paste or a
/// malicious file makes (deep nesting, invalid UTF-8, very long lines). Seeded: the same seed gives the same edits.
/// </summary>
public sealed class Mutator(int seed)
{
    private const string Specials = "[]{}:,-#>*|&!%@`\"'\t \n\\?~=_()<";
    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    /// <summary>One to three edits of <paramref name="text"/>, and their names (to reproduce a failure).</summary>
    public (byte[] Bytes, string Edits) Mutate(string text)
    {
        var names = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (edited, name) = Once(text);
            text = edited;
            names.Add(name);
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        if (_random.Next(40) == 0)
        {
            // A byte no UTF-8 text holds.
            var at = _random.Next(bytes.Length + 1);
            bytes = [.. bytes[..at], (byte)(0x80 + _random.Next(0x80)), .. bytes[at..]];
            names.Add("octet invalide");
        }
        return (bytes, string.Join(", ", names));
    }

    private (string Text, string Name) Once(string text)
    {
        var lines = text.Split('\n').ToList();
        var line = _random.Next(lines.Count);
        var at = text.Length == 0 ? 0 : _random.Next(text.Length);
        switch (_random.Next(16))
        {
            case 0: return (text.Length == 0 ? text : text.Remove(at, 1), $"caractère {at} supprimé");
            case 1: lines.RemoveAt(line); return (Join(lines), $"ligne {line + 1} supprimée");
            case 2: lines.Insert(line, lines[line]); return (Join(lines), $"ligne {line + 1} doublée");
            case 3:
                var special = Specials[_random.Next(Specials.Length)];
                return (text.Insert(at, special.ToString()), $"« {special} » inséré en {at}");
            case 4:
                var closers = Enumerable.Range(0, text.Length).Where(i => text[i] is ']' or '}' or '"' or '\'').ToList();
                if (closers.Count == 0) goto case 0;
                var closer = closers[_random.Next(closers.Count)];
                return (text.Remove(closer, 1), $"« {text[closer]} » supprimé en {closer}");
            case 5:
                if (line + 1 >= lines.Count) goto case 1;
                (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                return (Join(lines), $"lignes {line + 1} et {line + 2} échangées");
            case 6: lines[line] = new string(' ', 1 + _random.Next(4)) + lines[line]; return (Join(lines), $"ligne {line + 1} décalée");
            case 7: lines[line] = lines[line].TrimStart(); return (Join(lines), $"ligne {line + 1} sans retrait");
            case 8: lines[line] = "\t" + lines[line].TrimStart(' '); return (Join(lines), $"tabulation en ligne {line + 1}");
            case 9: return (text[..at], $"coupé en {at}");
            case 10:
                var depth = 50 + _random.Next(300);
                var nested = _random.Next(3) switch
                {
                    0 => new string('>', depth) + " citation",
                    1 => string.Concat(Enumerable.Range(0, depth / 4).Select(i => new string(' ', 2 * i) + "- niveau\n")),
                    _ => string.Concat(Enumerable.Repeat("::: encadre\n", depth / 4)),
                };
                lines.Insert(line, nested);
                return (Join(lines), $"imbrication {depth} en ligne {line + 1}");
            case 11: lines.Insert(line, _random.Next(2) == 0 ? "---" : "..."); return (Join(lines), $"séparateur en ligne {line + 1}");
            case 12:
                var brackets = new string(_random.Next(2) == 0 ? '[' : '{', 20 + _random.Next(2000));
                return (text.Insert(at, brackets), $"{brackets.Length} crochets en {at}");
            case 13: lines[line] += new string('x', 5000 + _random.Next(50_000)); return (Join(lines), $"ligne {line + 1} très longue");
            case 14:
                var odd = (char)_random.Next(0x20, 0xFFFE);
                if (char.IsSurrogate(odd)) odd = '\u00A0';
                return (text.Insert(at, odd.ToString()), $"U+{(int)odd:X4} inséré en {at}");
            default:
                var keyLines = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains(':', StringComparison.Ordinal)).ToList();
                if (keyLines.Count == 0) goto case 2;
                var (key, index) = keyLines[_random.Next(keyLines.Count)];
                lines.Insert(_random.Next(lines.Count), key);
                return (Join(lines), $"ligne {index + 1} copiée ailleurs");
        }
    }

    private static string Join(List<string> lines) => string.Join('\n', lines);
}
