namespace Classeur.Print;

/// <summary>
/// Where Paged.js put things (reliure.js's window.classeurPages, pages counted from 1 in the document):
/// the first and last page of each binder by slug, the page of each divider and fiche by anchor, and the
/// number of pages.
/// </summary>
public sealed record PagedLayout(Dictionary<string, int[]> Ranges, Dictionary<string, int> Anchors, int Count);
