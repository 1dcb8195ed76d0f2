namespace Classeur.Content;

/// <summary>Everything the content folder holds, listed in a stable (ordinal) order.</summary>
public sealed record ContentSet(
    string ContentDirectory,
    IReadOnlyList<SourceFile> Fiches,
    SourceFile? Keywords,
    SourceFile? Bibliography,
    IReadOnlyList<string> Assets,
    SourceFile? Glossary = null);
