namespace Classeur.Print;

/// <summary>
/// A binder piece as Chromium printed it: its PDF and its number of pages. <see cref="FirstNumber"/>: the
/// binder's number of its first page when the pages do not show it yet (a fiche's own PDF, reused as it
/// is), stamped in the corner when the binder is assembled; null when Chromium printed it (or none).
/// </summary>
internal sealed class PrintedPiece(BinderPiece piece, byte[] pdf, int? firstNumber = null, int? pages = null)
{
    public BinderPiece Piece { get; } = piece;
    public byte[] Pdf { get; } = pdf;
    public int Pages { get; } = pages ?? PdfFile.PageCount(pdf);
    public int? FirstNumber { get; } = firstNumber;
}
