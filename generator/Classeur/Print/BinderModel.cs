namespace Classeur.Print;

// What templates/impression/classeur.hbs reads: one or more binders composed in one document. A binder
// without blocks is an extract (a part of the whole manual): its cover and contents lead to pages that
// the whole manual's blocks hold, and its PDF is those pages.

/// <summary><see cref="Numbered"/>: the binder that holds the fiches; its pages are numbered from 1, the extracts' covers are not.</summary>
internal sealed record BinderComposition(string Language, string Title, string PageLabel, string ContentsTitle, string Numbered, string OldLabel, string NewLabel, IReadOnlyList<BinderView> Binders);

internal sealed record BinderView(string Slug, BinderCover Cover, BinderUpdate? Update, IReadOnlyList<ContentsEntry> Contents, IReadOnlyList<BinderBlock> Blocks);

internal sealed record BinderCover(string? Publisher, string ManualTitle, string BinderTitle, IReadOnlyList<string> Criteria, string? Edition);

/// <summary>The cover sheet of an update: what to replace, add and take out, each with its old and new version.</summary>
internal sealed record BinderUpdate(string Since, string ReplaceLabel, IReadOnlyList<UpdateEntry> Replace, string AddLabel,
    IReadOnlyList<UpdateEntry> Add, string RemoveLabel, IReadOnlyList<UpdateEntry> Remove);

internal sealed record UpdateEntry(string Text, string? Anchor, string? Old, string? New);

internal sealed record ContentsEntry(string Kind, string Anchor, string Text);

/// <summary>A divider or a fiche, in printed order.</summary>
internal sealed record BinderBlock(BinderDivider? Divider, BinderFicheBlock? Fiche);

internal sealed record BinderDivider(string Anchor, bool IsSection, IReadOnlyList<string> Context, IReadOnlyList<DividerHeading> Headings);

/// <summary>A divider's title: level 0 is the part (h1), others the sections it opens (h2, at their outline level).</summary>
internal sealed record DividerHeading(string? Anchor, int Level, string Text);

internal sealed record BinderFicheBlock(string Anchor, string Footer, string Version, string Html);
