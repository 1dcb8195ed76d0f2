namespace Classeur.Print;

/// <summary>A binder piece as Chromium printed it: its PDF and its number of pages.</summary>
internal sealed class PrintedPiece(BinderPiece piece, byte[] pdf)
{
    public BinderPiece Piece { get; } = piece;
    public byte[] Pdf { get; } = pdf;
    public int Pages { get; } = PdfFile.PageCount(pdf);
}
