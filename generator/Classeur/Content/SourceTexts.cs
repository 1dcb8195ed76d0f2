using System.Collections.Concurrent;

namespace Classeur.Content;

/// <summary>
/// A preview's content texts, by file: a save reads again only the files whose size or modification time
/// changed (at 4,500 fiches, reading and decoding them all took most of a save's first 150 ms). A text is
/// kept only when its file had not been modified for a while when it was read, as Git treats a « racily
/// clean » file: a second write within the file system's timestamp granularity could leave both size and
/// time as they were, so a file saved moments ago is read again on every build until it settles.
/// </summary>
internal sealed class SourceTexts
{
    /// <summary>Above the coarsest timestamp granularity of common file systems (FAT: 2 s).</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(3);

    private sealed record Entry(long Length, DateTime Modified, string Text);

    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);

    /// <summary>The kept text when the file is as it was, else what <paramref name="read"/> gives (kept if settled).</summary>
    public string? Read(string path, Func<string?> read)
    {
        long length;
        DateTime modified;
        try
        {
            // Opened, not only looked at: a file no longer readable is read (and reported) as a fresh build would.
            using var handle = File.OpenHandle(path);
            (length, modified) = (RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _byPath.TryRemove(path, out _);
            return read();
        }
        if (_byPath.TryGetValue(path, out var kept) && kept.Length == length && kept.Modified == modified) return kept.Text;
        var readAt = DateTime.UtcNow;
        var text = read();
        if (text is not null && readAt - modified > Settled) _byPath[path] = new Entry(length, modified, text);
        else _byPath.TryRemove(path, out _);
        return text;
    }

    /// <summary>Forgets the files that are gone, so that a long session does not keep every text it ever saw.</summary>
    public void Keep(IReadOnlySet<string> present)
    {
        foreach (var path in _byPath.Keys.Where(p => !present.Contains(p)).ToList()) _byPath.TryRemove(path, out _);
    }
}
