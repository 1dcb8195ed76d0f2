using Markdig.Syntax.Inlines;

namespace Classeur.Parsing.Extensions;

/// <summary>
/// A `[[ID]]`, `[[ID|label]]` or `[[ID#anchor]]` written in a fiche. The parser records it with its
/// source position; the link phase fills <see cref="Resolved"/>; the renderer only reads.
/// </summary>
public sealed class CrossReferenceInline : LeafInline
{
    public required string Raw { get; init; }

    /// <summary>The target id as written, or null when the reference is malformed.</summary>
    public string? TargetId { get; init; }

    public string? Anchor { get; init; }

    public string? Label { get; init; }

    /// <summary>0-based position in the file, as Markdig counts.</summary>
    public int SourceLine { get; init; }

    public int SourceColumn { get; init; }

    public ResolvedLink? Resolved { get; set; }
}
