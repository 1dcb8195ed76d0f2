using Classeur.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Parsing;

/// <summary>
/// Parses a fiche's Markdown. Markdig refuses input nested deeper than it allows (about sixty list
/// levels, 128 « > ») with an exception that names no line; it becomes a CLS0221 placed on the first
/// line that makes the text unreadable, found by parsing ever shorter beginnings of the text. Some
/// nesting parses but fails when rendered (200 « [ » never closed): a document deeper than
/// <see cref="MaxDepth"/> is refused here too, at its deepest line.
/// </summary>
internal static class MarkdownReader
{
    /// <summary>Markdig's renderer gives up at 128 nested inlines; blocks and Classeur's own boxes add levels.</summary>
    public const int MaxDepth = 100;

    private const string TooDeep =
        "les listes, les citations « > », les blocs « ::: » ou les crochets « [ » non refermés y sont imbriqués plus profondément que le lecteur Markdown ne l'accepte. Réduisez l'imbrication (un retrait, un « > » ou un « [ » de trop ?)";

    public static MarkdownDocument? Parse(string text, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics)
    {
        try
        {
            var document = Markdown.Parse(text, pipeline);
            if (Deepest(document) is not { } line) return document;
            diagnostics.Report(DiagnosticCatalog.UnreadableMarkdown, new SourceLocation(path, line + 1, 1), TooDeep);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var line = FirstFailingLine(text, pipeline);
            var why = e is ArgumentException && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? TooDeep
                : "le lecteur Markdown échoue sur cette ligne. Vérifiez-la (imbrication, caractères inhabituels) ou simplifiez-la";
            diagnostics.Report(DiagnosticCatalog.UnreadableMarkdown, new SourceLocation(path, line, 1), why);
            return null;
        }
    }

    /// <summary>The (0-based) line of the first node deeper than <see cref="MaxDepth"/>, or null. Iterative: no recursion to overflow.</summary>
    private static int? Deepest(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>([(document, 0)]);
        while (pending.TryPop(out var current))
        {
            if (current.Depth > MaxDepth) return current.Node.Line;
            switch (current.Node)
            {
                case ContainerBlock block:
                    foreach (var child in block) pending.Push((child, current.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, current.Depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                        pending.Push((child, current.Depth + 1));
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /// <summary>The smallest number of lines whose text Markdig cannot parse (binary search: only on failure).</summary>
    private static int FirstFailingLine(string text, MarkdownPipeline pipeline)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        int good = 0, bad = starts.Count;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            var end = middle < starts.Count ? starts[middle] : text.Length;
            if (Fails(text[..end], pipeline)) bad = middle;
            else good = middle;
        }
        return bad;
    }

    private static bool Fails(string text, MarkdownPipeline pipeline)
    {
        try
        {
            Markdown.Parse(text, pipeline);
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true;
        }
    }
}
