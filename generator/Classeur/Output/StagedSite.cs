using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;

namespace Classeur.Output;

/// <summary>
/// A new site being written beside the output (<see cref="SiteWriter"/>): files are added one by one,
/// from any thread, as soon as they exist, so that a build need not hold the whole site in memory;
/// <see cref="Commit"/> then puts the site in the output's place, and disposing it uncommitted removes it.
/// A failure to write is kept, not thrown, and thrown by <see cref="Commit"/>: the one of the first path
/// in order, whatever the threads did first (a later path is then not even written).
/// </summary>
internal sealed class StagedSite : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Sorts before every path: a failure to set the folder up comes first.</summary>
    private const string SetUp = "";

    private readonly string _output;
    private readonly string _parent;
    private readonly string _staging;
    private readonly string? _previous;
    private readonly ConcurrentDictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private readonly Lock _failureGate = new();
    // A reference, read without the lock by every add: never seen half-written.
    private volatile Failure? _failure;

    // Closing (commit or abandon) waits for the adds under way: no file lands in a removed folder.
    private int _closed;
    private int _adding;
    private bool _settled;

    private StagedSite(string output)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        _parent = Path.GetDirectoryName(_output) ?? "";
        _staging = StagingFolders.Create(_parent, Path.GetFileName(_output), StagingFolders.New);
        try
        {
            if (_parent.Length == 0) throw new IOException("dossier de sortie sans parent");
            Directory.CreateDirectory(_parent);
            StagingFolders.Recover(_output);
            Directory.CreateDirectory(_staging);
            _folders[_staging] = 0;
            if (Directory.Exists(_output) && SiteMarker.IsPresent(_output)) _previous = _output;
        }
        catch (Exception e)
        {
            Fail(SetUp, e);
        }
    }

    /// <summary>A fresh staging folder beside <paramref name="outputDirectory"/>; a failure to make it is thrown by <see cref="Commit"/>.</summary>
    public static StagedSite Open(string outputDirectory) => new(outputDirectory);

    /// <summary>
    /// Adds a file (output path, forward slashes). Of two files at the same path, the one of the higher
    /// <paramref name="layer"/> is kept, whichever comes first; at the same layer, the later one.
    /// </summary>
    public void Add(string path, string text, int layer = 0)
    {
        if (!Accepts(path)) return;
        var length = Utf8.GetByteCount(text);
        // Pooled: a page's bytes are garbage as soon as they are written.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            Utf8.GetBytes(text.AsSpan(), buffer.AsSpan());
            Add(path, buffer.AsSpan(0, length), layer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A file from a builder's chunks (a page as it was rendered), encoded without a string for it.</summary>
    public void Add(string path, StringBuilder text, int layer = 0)
    {
        if (!Accepts(path)) return;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(Utf8.GetMaxByteCount(text.Length), 1));
        try
        {
            // One encoder across the chunks: a character cut in two between chunks (a surrogate pair) is encoded whole.
            var encoder = t_encoder ??= Utf8.GetEncoder();
            encoder.Reset();
            var length = 0;
            foreach (var chunk in text.GetChunks()) length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            Add(path, buffer.AsSpan(0, length), layer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [ThreadStatic]
    private static Encoder? t_encoder;

    /// <inheritdoc cref="Add(string, string, int)"/>
    public void Add(string path, ReadOnlySpan<byte> bytes, int layer = 0)
    {
        SiteWriter.ThrowIfInterrupted();
        Interlocked.Increment(ref _adding);
        try
        {
            if (Volatile.Read(ref _closed) != 0 || !Accepts(path)) return;
            var claim = _claims.GetOrAdd(path, static _ => new Claim());
            lock (claim)
            {
                if (claim.Layer > layer) return;
                var replacing = claim.Layer >= 0;
                claim.Layer = layer;
                WriteOne(path, bytes, replacing);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _adding);
        }
    }

    /// <summary>The paths added, sorted.</summary>
    public IReadOnlyList<string> Paths => [.. _claims.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Puts the new site in the output's place: its marker last, then one atomic exchange (two renames
    /// where the system cannot). Throws the failure kept, if any, and removes the staging folder then.
    /// </summary>
    public void Commit()
    {
        Close();
        _settled = true;
        string? previous = null;
        try
        {
            _failure?.Error.Throw();
            SiteWriter.ThrowIfInterrupted();
            // Last: a staging folder with its marker is a complete site, one the next run may restore.
            File.WriteAllText(Path.Combine(_staging, SiteMarker.FileName), SiteMarker.Text, Utf8);
            SiteWriter.Step.Value?.Invoke("staged");
            SiteWriter.ThrowIfInterrupted();
            if (!Directory.Exists(_output))
            {
                Directory.Move(_staging, _output);
                SiteWriter.Step.Value?.Invoke("moved");
            }
            else if (DirectorySwap.TryExchange(_staging, _output))
            {
                previous = _staging; // the staging name now holds the previous site
                SiteWriter.Step.Value?.Invoke("exchanged");
            }
            else
            {
                previous = StagingFolders.Create(_parent, Path.GetFileName(_output), StagingFolders.Old);
                Directory.Move(_output, previous);
                SiteWriter.Step.Value?.Invoke("previous-moved");
                Directory.Move(_staging, _output);
                SiteWriter.Step.Value?.Invoke("moved");
            }
        }
        catch
        {
            if (!Directory.Exists(_output) && previous is not null && Directory.Exists(previous)) Directory.Move(previous, _output);
            if (previous != _staging) StagingFolders.TryDelete(_staging);
            Forget(previous);
            throw;
        }
        if (previous is not null) StagingFolders.TryDelete(previous);
        Forget(previous);
    }

    /// <summary>Uncommitted: the staging folder is removed, the output left as it was.</summary>
    public void Dispose()
    {
        if (_settled) return;
        _settled = true;
        Close();
        StagingFolders.TryDelete(_staging);
        Forget(null);
    }

    private void Close()
    {
        // Both sides fence (Interlocked): an add either sees the site closed or is waited for.
        Interlocked.Exchange(ref _closed, 1);
        SpinWait.SpinUntil(() => Volatile.Read(ref _adding) == 0);
    }

    /// <summary>False after a failure at an earlier path: that failure is the one reported, this file is not worth writing.</summary>
    private bool Accepts(string path)
    {
        var failure = _failure;
        return failure is null || string.CompareOrdinal(path, failure.Path) < 0;
    }

    /// <param name="replacing">A file of a lower layer is there: removed first, as it may be a link into the previous site.</param>
    private void WriteOne(string path, ReadOnlySpan<byte> bytes, bool replacing)
    {
        try
        {
            var relative = path.Replace('/', Path.DirectorySeparatorChar);
            var target = Path.Combine(_staging, relative);
            var folder = Path.GetDirectoryName(target)!;
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders.TryAdd(folder, 0);
            }
            if (replacing) File.Delete(target);
            if (_previous is null || !UnchangedFiles.TryLink(Path.Combine(_previous, relative), target, bytes))
                File.WriteAllBytes(target, bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            e.Data["path"] = path;
            Fail(path, e);
        }
    }

    private void Fail(string path, Exception e)
    {
        lock (_failureGate)
        {
            if (_failure is null || string.CompareOrdinal(path, _failure.Path) < 0) _failure = new Failure(path, ExceptionDispatchInfo.Capture(e));
        }
    }

    private void Forget(string? previous)
    {
        StagingFolders.Forget(_staging);
        if (previous is not null) StagingFolders.Forget(previous);
    }

    private sealed record Failure(string Path, ExceptionDispatchInfo Error);

    /// <summary>The layer of the file written at a path so far (-1: none yet); locked while that path is written.</summary>
    private sealed class Claim
    {
        public int Layer = -1;
    }
}
