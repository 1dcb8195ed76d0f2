namespace Classeur.Content;

/// <summary>A content file as read from disk. Text is null when the file could not be decoded.</summary>
/// <param name="RelativePath">Path relative to the project root, forward slashes (as diagnostics print it).</param>
/// <param name="ContentRelativePath">Path relative to the content folder, forward slashes.</param>
public sealed record SourceFile(string FullPath, string RelativePath, string ContentRelativePath, string? Text);
