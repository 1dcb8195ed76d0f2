using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace Classeur.Print;

/// <summary>
/// Puts a binder's printed pieces together with PdfPig (Apache-2.0): their pages in order, a blank verso
/// wherever a piece would otherwise end on a recto, the outline rebuilt from the pieces' own (a fiche's
/// bookmarks nested under its part and sections), the title, the language and the pieces' tagged
/// structure (<see cref="BinderStructure"/>).
/// </summary>
internal static class BinderAssembly
{
    /// <summary>A page of the assembled PDF: a piece's page, or a blank verso (no piece).</summary>
    internal readonly record struct Slot(PrintedPiece? Piece, int Page)
    {
        /// <summary>The number to stamp in the corner, when the piece's own PDF does not show it (see <see cref="PrintedPiece.FirstNumber"/>).</summary>
        public int? Number => Piece?.FirstNumber + Page - 1;
    }

    /// <summary>
    /// Where Chromium sets numeros.css's corner numbers on the binder's A4 pages (measured on its PDFs,
    /// the 17 mm side margins rounded to its pixels): a verso's starts at 48 pt, a recto's ends at 547.5 pt,
    /// on the baseline 19.17 pt above the foot, in 8 pt Source Sans 3, #333.
    /// </summary>
    private const double CornerLeft = 48.0, CornerRight = 547.5, CornerBaseline = 19.17, CornerSize = 8;

    /// <summary>Links to addresses are kept; a link within a piece's own document would point to the wrong page.</summary>
    private static readonly PdfDocumentBuilder.AddPageOptions CopyOptions = new()
    {
        KeepAnnotations = true,
        CopyLinkFunc = action => action is UglyToad.PdfPig.Actions.UriAction ? action : null!,
    };

    /// <param name="cornerFont">Source Sans 3 as a TrueType file, for the stamped corner numbers.</param>
    public static byte[] Assemble(string title, string language, IReadOnlyList<Slot> slots, byte[] blank, byte[] cornerFont)
    {
        var documents = new Dictionary<PrintedPiece, PdfDocument>();
        using var verso = PdfDocument.Open(blank);
        try
        {
            using var builder = new PdfDocumentBuilder(new MemoryStream(), false, PdfWriterType.Default, 1.7, new LanguageWriter(language));
            builder.DocumentInformation.Title = title;
            builder.DocumentInformation.Producer = "Classeur";
            var outline = new OutlineBuilder();
            PdfDocumentBuilder.AddedFont? font = null;
            for (var i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                if (slot.Piece is { } piece)
                {
                    if (!documents.TryGetValue(piece, out var document)) documents[piece] = document = PdfDocument.Open(piece.Pdf);
                    var page = builder.AddPage(document, slot.Page, CopyOptions);
                    if (slot.Number is { } number) Stamp(page, number, font ??= builder.AddTrueTypeFont(cornerFont));
                    if (slot.Page == 1) outline.Add(piece, i + 1, document);
                }
                // PdfPig writes an empty page's content as an invalid stream: a blank verso is Chromium's own.
                else builder.AddPage(verso, 1);
            }
            builder.Bookmarks = new Bookmarks(outline.Roots());
            var sources = slots.Select(s => s.Piece is { } p ? ((PdfDocument, int)?)(documents[p], s.Page) : null).ToList();
            return PdfFile.Reproducible(BinderStructure.Add(builder.Build(), sources));
        }
        finally
        {
            foreach (var document in documents.Values) document.Dispose();
        }
    }

    /// <summary>The binder's page number in the outer corner: bottom right on a recto (odd), bottom left on a verso.</summary>
    private static void Stamp(PdfPageBuilder page, int number, PdfDocumentBuilder.AddedFont font)
    {
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var x = CornerLeft;
        if (number % 2 == 1) x = CornerRight - page.MeasureText(text, CornerSize, new PdfPoint(0, 0), font)[^1].EndBaseLine.X;
        page.SetTextAndFillColor(0x33, 0x33, 0x33);
        page.AddText(text, CornerSize, new PdfPoint(x, CornerBaseline), font);
        page.ResetColor();
    }

    /// <summary>The outline, built as pieces arrive: a divider's headings open its part and sections, a fiche's bookmarks go under them.</summary>
    private sealed class OutlineBuilder
    {
        /// <summary>A bookmark: its page and, from Chromium, where on the page (a divider's: the whole page).</summary>
        private sealed class Node(string title, int page, ExplicitDestinationType type, ExplicitDestinationCoordinates coordinates)
        {
            public string Title { get; } = title;
            public int Page { get; } = page;
            public ExplicitDestinationType Type { get; } = type;
            public ExplicitDestinationCoordinates Coordinates { get; } = coordinates;
            public List<Node> Children { get; } = [];
        }

        private readonly List<Node> _roots = [];
        private readonly List<Node> _open = [];

        public void Add(PrintedPiece piece, int start, PdfDocument document)
        {
            if (piece.Piece.Divider is { } divider)
            {
                foreach (var heading in divider.Headings) Attach(heading.Level == 0 ? 0 : heading.Level - 1, new Node(heading.Text, start, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty));
                return;
            }
            if (piece.Piece.Kind == BinderPieceKind.Cover || !document.TryGetBookmarks(out var bookmarks)) return;
            foreach (var root in bookmarks.Roots) AttachTree(piece.Piece.Depth, root, start);
        }

        private void AttachTree(int depth, BookmarkNode source, int start)
        {
            var (page, type, coordinates) = source is DocumentBookmarkNode d
                ? (start + d.PageNumber - 1, d.Destination.Type, d.Destination.Coordinates)
                : (start, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty);
            // PdfPig writes a no-break space as a byte that PDFDocEncoding reads as « € »: a plain space in a bookmark.
            Attach(depth, new Node(source.Title.Replace('\u00A0', ' ').Replace('\u202F', ' '), page, type, coordinates));
            foreach (var child in source.Children) AttachTree(depth + 1, child, start);
        }

        private void Attach(int depth, Node node)
        {
            depth = Math.Min(depth, _open.Count);
            (depth == 0 ? _roots : _open[depth - 1].Children).Add(node);
            if (_open.Count > depth) _open.RemoveRange(depth, _open.Count - depth);
            _open.Add(node);
        }

        public IReadOnlyList<BookmarkNode> Roots() => [.. _roots.Select(n => Convert(n, 0))];

        private static DocumentBookmarkNode Convert(Node node, int level) =>
            new(node.Title, level, new ExplicitDestination(node.Page, node.Type, node.Coordinates),
                [.. node.Children.Select(c => Convert(c, level + 1))]);
    }
}
