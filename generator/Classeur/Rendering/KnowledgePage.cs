namespace Classeur.Rendering;

/// <summary>
/// A manual-wide page of the knowledge base (territories, graph, editorial report): where it goes, its
/// title, the template that renders it, what the template sees, and whether search engines may index it.
/// </summary>
public sealed record KnowledgePage(string Url, string Title, string Template, Dictionary<string, object?> Model, bool NoIndex = false);
