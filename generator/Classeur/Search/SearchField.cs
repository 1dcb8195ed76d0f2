namespace Classeur.Search;

/// <summary>A field of the search index and its boost (lunr multiplies the field's BM25 score by it).</summary>
public sealed record SearchField(string Name, double Boost);
