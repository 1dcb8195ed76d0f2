using System.Collections.Concurrent;

namespace Classeur.Diagnostics;

/// <summary>
/// Collects every problem of a run (stages may run in parallel), then returns them in a stable
/// order so that two runs on the same input print the same lines.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] args) =>
        Add(descriptor.Create(location, args));

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
