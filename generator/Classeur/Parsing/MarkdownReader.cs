using Classeur.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace Classeur.Parsing;

/// <summary>
/// Parses a fiche's Markdown. Markdig refuses input nested deeper than it allows (about sixty list
/// levels, 128 « > ») with an exception that names no line; it becomes a CLS0221 placed on the first
/// line that makes the text unreadable, found by parsing ever shorter beginnings of the text.
/// </summary>
public static class MarkdownReader
{
    public static MarkdownDocument? Parse(string text, MarkdownPipeline pipeline, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdown.Parse(text, pipeline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var line = FirstFailingLine(text, pipeline);
            var why = e is ArgumentException && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? "les listes, les citations « > » ou les blocs « ::: » y sont imbriqués plus profondément que le lecteur Markdown ne l'accepte. Réduisez l'imbrication (un retrait ou un « > » de trop ?)"
                : "le lecteur Markdown échoue sur cette ligne. Vérifiez-la (imbrication, caractères inhabituels) ou simplifiez-la";
            diagnostics.Report(DiagnosticCatalog.UnreadableMarkdown, new SourceLocation(path, line, 1), why);
            return null;
        }
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
