using System.Collections.Concurrent;
using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Parsing;

namespace Classeur.Build;

/// <summary>
/// A preview's parsed fiches, by file: a save parses again only the files whose text changed, the others
/// come back as they were, with the problems their parse reported. Their trees were annotated by the last
/// link phase: they are handed back unresolved (<see cref="LinkPhase.Unresolve"/>), as a fresh parse gives
/// them, since validation reads the links as written and the new link phase resolves them again; and each
/// build gets a new object, since what is worked out once per fiche (its summary) is keyed by the object.
/// </summary>
internal sealed class ParsedFiches
{
    private sealed record Entry(string Text, bool AllowHtml, Fiche? Fiche, Diagnostic[] Problems);

    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _parsed = new(StringComparer.Ordinal);

    /// <summary>The files (paths from the project) the last build parsed; the others were reused.</summary>
    public IReadOnlySet<string> ParsedLastBuild { get; private set; } = new HashSet<string>();

    public void BeginBuild() => _parsed = new(StringComparer.Ordinal);

    /// <summary>Forgets the files that are gone, so that a long session does not keep every text it ever saw.</summary>
    public void EndBuild(IReadOnlyList<SourceFile> files)
    {
        var present = files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _byPath.Keys.Where(p => !present.Contains(p)).ToList()) _byPath.TryRemove(path, out _);
        ParsedLastBuild = _parsed.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public Fiche? Parse(FicheParser parser, SourceFile file, bool allowHtml, DiagnosticBag diagnostics)
    {
        if (file.Text is null)
        {
            _byPath.TryRemove(file.FullPath, out _);
            return parser.Parse(file, diagnostics);
        }
        if (!_byPath.TryGetValue(file.FullPath, out var entry) || entry.AllowHtml != allowHtml || !string.Equals(entry.Text, file.Text, StringComparison.Ordinal)
            || entry.Fiche is { } old && (old.SourcePath != file.RelativePath || old.ContentPath != file.ContentRelativePath))
        {
            var own = new DiagnosticBag();
            entry = new Entry(file.Text, allowHtml, parser.Parse(file, own), [.. own.Sorted()]);
            if (entry.Fiche is not null) TreeMemo.Attach(entry.Fiche.Body);
            _byPath[file.FullPath] = entry;
            _parsed[file.RelativePath] = 0;
        }
        else if (entry.Fiche is not null)
        {
            LinkPhase.Unresolve(entry.Fiche);
        }
        foreach (var problem in entry.Problems) diagnostics.Add(problem);
        // A new object around the same tree: what is worked out once per fiche and build (its summary,
        // which shows the titles it cites) is keyed by the object, and must not outlive this build.
        return entry.Fiche?.Copy();
    }
}
