namespace Classeur.Model;

/// <summary>Where a text comes from: a resource (or, for glossary terms, any fiche) and a place in it.</summary>
public sealed record SourceReference(Located<string> Ref, string? Where);
