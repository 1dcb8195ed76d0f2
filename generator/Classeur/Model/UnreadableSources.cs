using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Classeur.Diagnostics;

namespace Classeur.Model;

/// <summary>
/// What exists but could not be read: fiches whose file failed (their id comes from the file name, or
/// from an « id: » line), data files that failed whole, data entries that failed alone. Each was
/// reported once where it failed; references to them are not reported again as unknown, so that one
/// mistake gives one error, not one per fiche that cites it.
/// </summary>
public sealed partial class UnreadableSources
{
    private readonly ConcurrentDictionary<string, byte> _fiches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _keywords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _records = new(StringComparer.Ordinal);

    public bool AllKeywords { get; private set; }

    public bool AllRecords { get; private set; }

    public IReadOnlyCollection<string> FicheIds => [.. _fiches.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The fiche files that gave no fiche (<paramref name="parsed"/> null at their index).</summary>
    public static UnreadableSources Of(IReadOnlyList<Content.SourceFile> files, IReadOnlyList<Fiche?> parsed)
    {
        var unreadable = new UnreadableSources();
        for (var i = 0; i < files.Count; i++)
        {
            if (parsed[i] is null) unreadable.AddFiche(files[i].RelativePath, files[i].Text);
        }
        return unreadable;
    }

    /// <summary>A fiche file that gave no fiche: its id, as far as it can be told without reading it.</summary>
    public void AddFiche(string fileName, string? text)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var parts = stem.Split('-');
        for (var count = parts.Length; count > 0; count--)
        {
            // The longest beginning of the name that is an id: I-C-2-a-cooperation.md → I-C-2-a.
            if (FicheId.TryParse(string.Join('-', parts.Take(count))) is { } id)
            {
                _fiches.TryAdd(id.Value, 0);
                break;
            }
        }
        if (text is not null && IdLineOf(text) is { } written) _fiches.TryAdd(written, 0);
    }

    /// <summary>The value of an « id: » line of the front matter, read line by line (the YAML itself may be what failed).</summary>
    private static string? IdLineOf(string text)
    {
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---") return null;
        for (var (line, count) = (reader.ReadLine(), 0); line is not null && count < 500; (line, count) = (reader.ReadLine(), count + 1))
        {
            if (line.TrimEnd() is "---" or "...") return null;
            if (IdLine().Match(line) is { Success: true } match) return match.Groups[1].Value;
        }
        return null;
    }

    /// <summary>mots-cles.yml failed whole (id null), or one of its entries did.</summary>
    public void AddKeyword(string? id)
    {
        if (id is null) AllKeywords = true;
        else _keywords.TryAdd(id, 0);
    }

    /// <summary>bibliographie.yml failed whole (id null), or one of its records did.</summary>
    public void AddRecord(string? id)
    {
        if (id is null) AllRecords = true;
        else _records.TryAdd(id, 0);
    }

    /// <summary>True for a report that only repeats, at a use, that something already reported could not be read.</summary>
    public bool Covers(DiagnosticDescriptor descriptor, object[] args)
    {
        if (args.Length == 0 || args[0] is not string id) return false;
        if (descriptor == DiagnosticCatalog.UnknownFiche || descriptor == DiagnosticCatalog.UnknownResource || descriptor == DiagnosticCatalog.UnknownCase)
            return _fiches.ContainsKey(id);
        if (descriptor == DiagnosticCatalog.UnknownKeyword) return AllKeywords || _keywords.ContainsKey(id);
        if (descriptor == DiagnosticCatalog.UnknownBibliographyRef) return AllRecords || _records.ContainsKey(id);
        return false;
    }

    [GeneratedRegex(@"^id:[ \t]*[""']?([A-Za-z0-9-]+)")]
    private static partial Regex IdLine();
}
