using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// A manual-wide page of the knowledge base (territories, graph, editorial report): where it goes, its
/// title, the template that renders it, its model given the parts every page shares, and whether search
/// engines may index it.
/// </summary>
internal sealed record KnowledgePage(string Url, string Title, string Template, Func<PageCommon, PageModel> Model, bool NoIndex = false);
