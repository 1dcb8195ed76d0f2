using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Classeur.Tests.Support;

/// <summary>The bookmarks (outline) of a PDF, read by PdfPig (poppler-utils 22 has no command that lists them).</summary>
public static class PdfOutline
{
    /// <summary>Every bookmark in reading order, with its depth (0 for the top level).</summary>
    public static IReadOnlyList<(int Depth, string Title)> Read(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        if (!document.TryGetBookmarks(out var bookmarks)) throw new InvalidOperationException("The PDF has no outline.");
        var items = new List<(int, string)>();
        void Walk(IEnumerable<BookmarkNode> nodes, int depth)
        {
            foreach (var node in nodes)
            {
                items.Add((depth, node.Title));
                Walk(node.Children, depth + 1);
            }
        }
        Walk(bookmarks.Roots, 0);
        return items;
    }
}
