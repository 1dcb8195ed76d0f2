using System.Collections.Concurrent;
using Classeur.Content;
using Classeur.Diagnostics;

namespace Classeur.Build;

/// <summary>
/// A preview's data files (keywords, bibliography, glossary) as last read: a save that leaves one
/// unchanged gives back its entries, its problems and what it could not read, without reading its YAML again.
/// </summary>
internal sealed class ParsedDataFiles
{
    private sealed record Entry(string Path, string Text, object Items, Diagnostic[] Problems, string?[] Unreadable);

    private readonly ConcurrentDictionary<string, Entry> _byKind = new(StringComparer.Ordinal);

    /// <param name="kind">Which data file: one entry is kept per kind.</param>
    /// <param name="read">The reader (DataFileReader), with the file, the problems and whom to tell what it cannot read.</param>
    public IReadOnlyList<T> Read<T>(string kind, SourceFile? file, DiagnosticBag diagnostics, Action<string?>? unreadable,
        Func<SourceFile?, DiagnosticBag, Action<string?>?, IReadOnlyList<T>> read)
    {
        if (file?.Text is not { } text)
        {
            _byKind.TryRemove(kind, out _);
            return read(file, diagnostics, unreadable);
        }
        if (!_byKind.TryGetValue(kind, out var entry) || entry.Path != file.RelativePath || !string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            var own = new DiagnosticBag();
            var told = new List<string?>();
            var items = read(file, own, told.Add);
            _byKind[kind] = entry = new Entry(file.RelativePath, text, items, [.. own.Sorted()], [.. told]);
        }
        foreach (var problem in entry.Problems) diagnostics.Add(problem);
        if (unreadable is not null)
        {
            foreach (var id in entry.Unreadable) unreadable(id);
        }
        return (IReadOnlyList<T>)entry.Items;
    }
}
