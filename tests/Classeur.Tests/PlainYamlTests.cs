using Classeur.Parsing;
using Classeur.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: front matter is read by a one-pass reader of the plain YAML fiches are written in, and by
/// YamlDotNet for anything else. Where the plain reader answers, the nodes (kinds, texts, positions,
/// order) must be YamlDotNet's; where YamlDotNet refuses a text, the plain reader must not answer.
/// </summary>
public sealed class PlainYamlTests
{
    [Fact]
    public void The_plain_reader_gives_YamlDotNets_nodes_for_the_whole_manual()
    {
        var fronts = 0;
        var read = 0;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                var lines = text.Split('\n');
                if (lines[0] != "---") continue;
                var close = Array.IndexOf(lines, "---", 1);
                text = string.Join('\n', lines[1..close]);
                fronts++;
            }
            else if (!file.EndsWith(".yml", StringComparison.Ordinal))
            {
                continue;
            }
            if (PlainYaml.Events(text) is not { } events) continue;
            if (file.EndsWith(".md", StringComparison.Ordinal)) read++;
            AssertSameNodes(Load(new Parser(new StringReader(text))), Load(new EventReplay(events)), file);
        }
        // The reader is there to be used: every front matter of the manual is plain YAML.
        Assert.True(fronts > 60 && read == fronts, $"{read} front matters read of {fronts}");
    }

    public static TheoryData<string> Snippets =>
    [
        "title: a: b", "title: abc\n  def", "keywords: [a, b\n  c]", "a: 1\na: 2", "t: \"x\\u00e9\"", "t: 'it''s'", "t: x # comment",
        "t: x#y", "l:\n- a\n- b", "l:\n  - a\n  - b", "l:\n  - ref: a\n    text: b\n  - ref: c", "m:\n  a: 1\n  b:\n    c: 2",
        "e:\nf: 1", "e:", "e:\n", "a: [ ]", "a: []", "a: [x, ]", "a: [,x]", "a: [x,,y]", "a: \"unterminated", "a: - b", "a: b\n - c", "- a",
        "a: &x b\nc: *x", "a: !tag b", "a: |\n  x", "a: >\n  x", "a: [b: c]", "a:\n  - \n  - b", "a:\n  -\n  - b",
        "a: x\n    # comment indented\nb: y", "# c\na: 1", "\n\na: 1\n", "# c\n\n  # d\na: [x]", "a: \"x\" y", "a: 'x'  # c", "k-e_y1: v", "a: b:c", "a: http://x.y/z?q=1#frag",
        "a: [http://x, y]", "a: [a b, c]", "a:    spaced   ", "a: x\n\n\nb: y", "a:\n  b: 1\n c: 2", "a:\n  - b\n  c: d", "  a: 1",
        "a: 1\n---\nb: 2", "a: x\n...\n", "? a\n: b", "a : b", "a:b", "1: x", "a: -1", "a: @x", "a: %x", "a: x\u00a0", "a: ' '",
        "a: \"\"", "a: ''", "a: [a #b, c]", "a: [\"x, y\", 'z']", "a: [x]  # c", "a: [x] y", "a: \"a\\\"b\\\\c\\/d\\ne\\tf\"",
        "a: \"\\x41\"", "a:\n  b:\n    - c: 1\n      d: [x, y]\n    - c: 2\nz: 3", "a:\n  - b\n- c", "a: x\n\tb: y", "a: x\u0001y", "a: x\u2028y", "a: x\u0085y", "a: \"x\u0007\"", "a: \"p\" q\"", "a: 'p''q'", "a: \"\"\"", "a: x\r\nb: y",
        "a: {b: c}", "a: [b, [c]]", "a: x:", "a: [x:, y]", "a: [x:y]", "a: ~", "a: null", "", "# only a comment", "\n\n",
        "a:\n  # comment\n  b: 1", "a: [b]\n  c: d", "a: x\n  - b", "a:\n    - b\n  - c", "a: 'x\n  y'", "a: \"x\n  y\"",
    ];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void On_any_text_the_plain_reader_agrees_with_YamlDotNet_or_leaves_it_to_it(string text)
    {
        YamlNode? expected;
        try
        {
            expected = Load(new Parser(new StringReader(text)));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A text YamlDotNet refuses: the plain reader must leave it to YamlDotNet, whose message is reported.
            var events = PlainYaml.Events(text);
            if (events is null) return;
            Assert.ThrowsAny<Exception>(() => Load(new EventReplay(events)));
            return;
        }
        if (PlainYaml.Events(text) is { } read) AssertSameNodes(expected, Load(new EventReplay(read)), text);
    }

    /// <summary>
    /// Texts made at random (fixed seed) from the pieces front matter is written with, and the ones that
    /// trip a reader (quotes, brackets, colons, dashes, comments, indentation, escapes): on each, the plain
    /// reader must give YamlDotNet's nodes or leave the text to it, and never throw.
    /// </summary>
    [Fact]
    public void On_random_texts_the_plain_reader_agrees_with_YamlDotNet_or_leaves_it_to_it()
    {
        var random = new Random(20261207);
        string Pick(string[] from) => from[random.Next(from.Length)];
        string[] keys = ["id", "title", "keywords", "b-c", "x_1", "ref", "text", "Été", "1"];
        string[] words = ["a", "Une plateforme", "é", "l'été", "x#y", "http://x.y/z", "1", "-1", "~", "null", "« x »", "a: b", "a:b", "50 %", "x,y"];
        string[] pieces = [":", " ", "  ", "\n", "\n  ", "- ", "-", "[", "]", ",", "'", "\"", "\\", "#", " #", "{", "}", "&a", "*a", "!t", "|", ">", "?", "%", "@", "`", "---", "...", "\t", "\r"];
        string Value()
        {
            switch (random.Next(7))
            {
                case 0: return "";
                case 1: return Pick(words);
                case 2: return "\"" + Pick(words) + (random.Next(3) == 0 ? "\\\"" : "") + "\"";
                case 3: return "'" + Pick(words) + (random.Next(3) == 0 ? "''" : "") + "'";
                case 4: return "[" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(3) == 0 ? "\"" + Pick(words) + "\"" : Pick(words))) + "]";
                case 5: return Pick(words) + " # " + Pick(words);
                default: return Pick(words) + " " + Pick(words);
            }
        }
        var read = 0;
        for (var n = 0; n < 20000; n++)
        {
            var text = new System.Text.StringBuilder();
            var lines = random.Next(1, 7);
            for (var i = 0; i < lines; i++)
            {
                text.Append(' ', 2 * random.Next(3) * (i == 0 ? 0 : 1));
                if (random.Next(4) == 0) text.Append("- ");
                if (random.Next(6) != 0) text.Append(Pick(keys)).Append(':').Append(random.Next(8) == 0 ? "" : " ");
                text.Append(Value());
                if (random.Next(4) == 0) text.Insert(random.Next(text.Length + 1), Pick(pieces));
                if (i + 1 < lines || random.Next(2) == 0) text.Append('\n');
            }
            if (Agrees(text.ToString())) read++;
        }
        // Enough of them are plain YAML for the comparison to mean something (1,559 with this seed).
        Assert.True(read > 1000, $"{read} textes lus par le chemin rapide");
    }

    /// <summary>Checks one text; true when the plain reader answered.</summary>
    private static bool Agrees(string text)
    {
        YamlNode? expected;
        try
        {
            expected = Load(new Parser(new StringReader(text)));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            var events = PlainYaml.Events(text);
            if (events is null) return false;
            Assert.ThrowsAny<Exception>(() => Load(new EventReplay(events)));
            return true;
        }
        if (PlainYaml.Events(text) is not { } read) return false;
        AssertSameNodes(expected, Load(new EventReplay(read)), text);
        return true;
    }

    [Fact]
    public void A_front_matter_outside_the_plain_subset_is_still_read_and_located_by_YamlDotNet()
    {
        var diagnostics = new Classeur.Diagnostics.DiagnosticBag();
        var position = new YamlPosition("content/reperes/x.md", 2);
        var node = YamlLoader.Load("id: I-A-1\ntitle: &t Titre\nshort_title: *t\n", position, diagnostics, out var failed);
        Assert.False(failed);
        Assert.Equal("Titre", ((YamlScalarNode)((YamlMappingNode)node!).Children[new YamlScalarNode("short_title")]).Value);

        node = YamlLoader.Load("id: I-A-1\ntitle: a: b\n", position, diagnostics, out failed);
        Assert.True(failed);
        Assert.Null(node);
        var reported = Assert.Single(diagnostics.Sorted());
        Assert.Equal(3, reported.Location.Line);
    }

    private static YamlNode? Load(IParser parser)
    {
        var stream = new YamlStream();
        stream.Load(parser);
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static void AssertSameNodes(YamlNode? expected, YamlNode? actual, string where)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, where);
            return;
        }
        Assert.True(expected.GetType() == actual.GetType(), $"{where}: {expected.GetType().Name} attendu, {actual.GetType().Name} lu à {expected.Start}");
        Assert.True(expected.Start.Equals(actual.Start), $"{where}: {expected} à {expected.Start}, lu à {actual.Start}");
        switch (expected)
        {
            case YamlScalarNode scalar:
                Assert.True(scalar.Value == ((YamlScalarNode)actual).Value, $"{where}: « {scalar.Value} » attendu, « {((YamlScalarNode)actual).Value} » lu à {scalar.Start}");
                break;
            case YamlSequenceNode sequence:
                var items = ((YamlSequenceNode)actual).Children;
                Assert.True(sequence.Children.Count == items.Count, $"{where}: {sequence.Children.Count} éléments attendus à {sequence.Start}");
                for (var i = 0; i < items.Count; i++) AssertSameNodes(sequence.Children[i], items[i], where);
                break;
            case YamlMappingNode mapping:
                var pairs = ((YamlMappingNode)actual).Children.ToList();
                var wanted = mapping.Children.ToList();
                Assert.True(wanted.Count == pairs.Count, $"{where}: {wanted.Count} champs attendus à {mapping.Start}");
                for (var i = 0; i < pairs.Count; i++)
                {
                    AssertSameNodes(wanted[i].Key, pairs[i].Key, where);
                    AssertSameNodes(wanted[i].Value, pairs[i].Value, where);
                }
                break;
            default:
                Assert.Fail($"{where}: {expected.GetType().Name}");
                break;
        }
    }
}
