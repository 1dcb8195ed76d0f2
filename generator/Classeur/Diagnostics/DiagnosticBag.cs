using System.Collections.Concurrent;

namespace Classeur.Diagnostics;

/// <summary>
/// Collects every problem of a run (stages may run in parallel), then returns them in a stable
/// order so that two runs on the same input print the same lines.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items;
    private readonly Func<DiagnosticDescriptor, object[], bool>? _silenced;

    public DiagnosticBag()
        : this(new ConcurrentQueue<Diagnostic>(), null)
    {
    }

    private DiagnosticBag(ConcurrentQueue<Diagnostic> items, Func<DiagnosticDescriptor, object[], bool>? silenced)
    {
        _items = items;
        _silenced = silenced;
    }

    /// <summary>
    /// The same bag, except that reports <paramref name="silenced"/> matches are dropped: a consequence
    /// of a problem already reported (a reference to a fiche that could not be read) is not a second problem.
    /// </summary>
    public DiagnosticBag Except(Func<DiagnosticDescriptor, object[], bool> silenced) =>
        new(_items, _silenced is null ? silenced : (d, a) => _silenced(d, a) || silenced(d, a));

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] args)
    {
        if (_silenced?.Invoke(descriptor, args) == true) return;
        Add(descriptor.Create(location, args));
    }

    /// <summary>True when some report matches, without sorting them (the build asks between stages).</summary>
    public bool Any(Func<Diagnostic, bool> predicate) => _items.Any(predicate);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
