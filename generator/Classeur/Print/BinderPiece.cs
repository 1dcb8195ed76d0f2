using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// One piece of a binder, printed by Chromium on its own and started on a recto: the cover, the table of
/// contents, a divider, or a fiche (or a page such as the index). <see cref="Depth"/> is where a fiche's
/// bookmarks go in the binder's outline (0 for the pages around the parts, deeper within sections);
/// <see cref="Part"/> names the part a divider or fiche belongs to (null around the parts).
/// </summary>
internal sealed record BinderPiece(BinderPieceKind Kind, string Anchor, Fiche? Fiche = null, BinderDivider? Divider = null, int Depth = 0, string? Part = null)
{
    /// <summary>The cover is not numbered; every other page of the binder that holds the fiches is.</summary>
    public bool Numbered => Kind is not BinderPieceKind.Cover;
}

internal enum BinderPieceKind
{
    Cover,
    Contents,
    Divider,
    Fiche,
}
