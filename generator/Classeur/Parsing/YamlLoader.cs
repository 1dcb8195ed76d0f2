using Classeur.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>
/// Loads YAML text written by editors (front matter, data files, site.yml). Whatever YamlDotNet throws
/// on it (a <see cref="YamlException"/>, but also an InvalidOperationException on some unclosed lists)
/// becomes one located CLS0102 in French, never an exception; nesting deeper than
/// <see cref="MaxDepth"/> is refused before the representation model recurses into it.
/// </summary>
internal static class YamlLoader
{
    /// <summary>No fiche needs more than a handful of levels; the limit keeps recursion far from the stack's end.</summary>
    public const int MaxDepth = 64;

    /// <summary>The first document's root, or null: <paramref name="failed"/> tells an error (reported) from an empty text.</summary>
    public static YamlNode? Load(string text, YamlPosition position, DiagnosticBag diagnostics, out bool failed)
    {
        try
        {
            if (PlainYaml.Events(text) is { } events)
            {
                var plain = new YamlStream();
                plain.Load(new EventReplay(events));
                failed = false;
                return plain.Documents.Count == 0 ? null : plain.Documents[0].RootNode;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The plain reader is only a shortcut: YamlDotNet reads the text below, and says what is wrong with it.
        }
        var parser = new TrackingParser(new Parser(new StringReader(text)), text, MaxDepth);
        failed = true;
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            failed = false;
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (TrackingParser.TooDeepException e)
        {
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, position.At(e.Start),
                $"les listes et les champs sont imbriqués sur plus de {MaxDepth} niveaux. Simplifiez la structure (un crochet ou une accolade ouvrante de trop ?)");
        }
        catch (YamlException e)
        {
            var (mark, message) = Describe(e.Message, e.Start, parser, text);
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, position.At(mark), message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet's own state errors on malformed input (seen with an unclosed « [ » followed by
            // another key): only its state is known, so the position comes from the last events read.
            var (mark, message) = parser.InnermostFlow is { } flow
                ? (flow.Start, Unclosed(flow))
                : (parser.LastMark, "la structure YAML est incohérente à partir d'ici (crochet, accolade ou guillemet mal fermé, ou indentation)");
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, position.At(mark), message);
        }
        return null;
    }

    /// <summary>The French message and the most useful position for a YamlDotNet error.</summary>
    private static (Mark Mark, string Message) Describe(string english, Mark start, TrackingParser parser, string text)
    {
        // An unclosed list or mapping is found on a later line; the fix belongs where it was opened.
        if (english.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || english.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
        {
            if (parser.InnermostFlow is { } flow) return (flow.Start, Unclosed(flow));
        }
        // YamlDotNet places a tab at the start of the mapping that holds it, lines earlier: find the tab.
        if (english.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabFrom(text, start) is { } tab)
            return (tab, YamlMessages.French(english));
        return (start, YamlMessages.French(english));
    }

    private static string Unclosed(TrackingParser.OpenCollection flow) => flow.IsSequence
        ? "la liste ouverte ici par « [ » n'est pas refermée par « ] », ou deux de ses éléments ne sont pas séparés par une virgule"
        : "l'accolade « { » ouverte ici n'est pas refermée par « } », ou deux de ses champs ne sont pas séparés par une virgule";

    /// <summary>The first tab at or after <paramref name="from"/>'s line, in the indentation or anywhere in the line.</summary>
    private static Mark? TabFrom(string text, Mark from)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, (int)from.Line - 1); i < lines.Length; i++)
        {
            var column = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (column >= 0) return new Mark(0, i + 1, column + 1);
        }
        return null;
    }
}
