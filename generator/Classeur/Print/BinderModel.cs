namespace Classeur.Print;

// What templates/impression/classeur.hbs reads: one piece of a binder, printed by Chromium on its own
// (a cover, a table of contents or a divider), later put together with the fiches' PDFs by
// BinderAssembly. Page numbers are written in, computed from the page count of every piece.

internal sealed record BinderPieceModel(string Language, string Title, string ContentsTitle, string OldLabel, string NewLabel,
    BinderCover? Cover, IReadOnlyList<ContentsEntry> Contents, BinderDivider? Divider) : Rendering.Models.ITemplateModel
{
    /// <summary>Printed in place of a page number while the pages are counted: as wide as any real one (≤ 999).</summary>
    public const string Placeholder = "000";
}

internal sealed record BinderCover(string? Publisher, string ManualTitle, string BinderTitle, IReadOnlyList<string> Criteria, string? Edition, BinderUpdate? Update) : Rendering.Models.ITemplateModel;

/// <summary>The cover sheet of an update: what to replace, add and take out, each with its old and new version.</summary>
internal sealed record BinderUpdate(string Since, string ReplaceLabel, IReadOnlyList<UpdateEntry> Replace, string AddLabel,
    IReadOnlyList<UpdateEntry> Add, string RemoveLabel, IReadOnlyList<UpdateEntry> Remove) : Rendering.Models.ITemplateModel;

/// <summary><see cref="Page"/>: where the fiche starts in the binder (« 000 » while the pages are counted).</summary>
internal sealed record UpdateEntry(string Text, string? Anchor, string? Old, string? New, string Page = BinderPieceModel.Placeholder) : Rendering.Models.ITemplateModel;

internal sealed record ContentsEntry(string Kind, string Anchor, string Text, string Page = BinderPieceModel.Placeholder) : Rendering.Models.ITemplateModel;

internal sealed record BinderDivider(string Anchor, bool IsSection, IReadOnlyList<string> Context, IReadOnlyList<DividerHeading> Headings) : Rendering.Models.ITemplateModel;

/// <summary>A divider's title: level 0 is the part (h1), others the sections it opens (h2, at their outline level).</summary>
internal sealed record DividerHeading(string? Anchor, int Level, string Text) : Rendering.Models.ITemplateModel;
