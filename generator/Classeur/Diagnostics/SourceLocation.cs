namespace Classeur.Diagnostics;

/// <summary>A 1-based position in a file, as editors and MSBuild problem matchers count.</summary>
/// <param name="Path">Path relative to the project root, with forward slashes.</param>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public static SourceLocation File(string path) => new(path);

    public override string ToString() =>
        Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
