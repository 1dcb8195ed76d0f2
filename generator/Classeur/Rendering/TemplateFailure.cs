using Classeur.Diagnostics;

namespace Classeur.Rendering;

/// <summary>A template that could not render a page: where the fault is written, and what it is (in French).</summary>
internal sealed class TemplateFailure(SourceLocation location, string detail, Exception inner) : Exception(detail, inner)
{
    public SourceLocation Location { get; } = location;

    public string Detail { get; } = detail;
}
