using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Classeur.Output;

/// <summary>
/// Writes only what changed since the previous write of the same session: each output file is
/// compared by fingerprint with what was written last time; new and changed files are written
/// (each through a temporary file and a rename, so a reader never sees half a page), files no
/// longer produced are deleted. The first write, or a missing output folder, goes through
/// <see cref="SiteWriter"/> whole. This is the page-writing level: every page of every stage is covered.
/// </summary>
public sealed class IncrementalWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, UInt128> _written = new(StringComparer.Ordinal);
    private string? _directory;

    /// <summary>True when the next write to this folder can be incremental (a previous write is there).</summary>
    public bool Continues(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return _directory == output && Directory.Exists(output);
    }

    /// <summary>Writes the files and returns the paths written or deleted, sorted.</summary>
    public IReadOnlyList<string> Write(string outputDirectory, IReadOnlyDictionary<string, object> files) => Write(outputDirectory, files, keep: null);

    /// <summary>
    /// Writes part of the site: files written before, absent from <paramref name="files"/> and accepted
    /// by <paramref name="keep"/>, are left as they are (a preview writes its pages first and its search
    /// files after). A partial write needs a previous one (<see cref="Continues"/>): a whole write replaces the folder.
    /// </summary>
    public IReadOnlyList<string> Write(string outputDirectory, IReadOnlyDictionary<string, object> files, Func<string, bool>? keep)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var fingerprints = files.AsParallel().Select(f => (f.Key, Fingerprint: Fingerprint(f.Value)))
            .ToDictionary(f => f.Key, f => f.Fingerprint, StringComparer.Ordinal);
        if (!Continues(output))
        {
            if (keep is not null) throw new InvalidOperationException("une écriture partielle suit une écriture complète");
            SiteWriter.Write(output, files);
            Remember(output, fingerprints);
            return [.. files.Keys.Order(StringComparer.Ordinal)];
        }

        var changed = new List<string>();
        foreach (var (path, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (_written.TryGetValue(path, out var before) && before == fingerprints[path]) continue;
            WriteOne(Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar)), content);
            changed.Add(path);
        }
        foreach (var (path, fingerprint) in _written.Where(p => !files.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            if (keep is not null && keep(path))
            {
                fingerprints[path] = fingerprint;
                continue;
            }
            File.Delete(Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar)));
            changed.Add(path);
        }
        Remember(output, fingerprints);
        return [.. changed.Order(StringComparer.Ordinal)];
    }

    private void Remember(string output, Dictionary<string, UInt128> fingerprints)
    {
        _directory = output;
        _written.Clear();
        foreach (var (path, fingerprint) in fingerprints) _written[path] = fingerprint;
    }

    private static void WriteOne(string target, object content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".classeur-tmp";
        switch (content)
        {
            case string text: File.WriteAllText(temporary, text, Utf8); break;
            case byte[] bytes: File.WriteAllBytes(temporary, bytes); break;
            default: throw new ArgumentException($"contenu inattendu pour {target}", nameof(content));
        }
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Each content's fingerprint, once per object: a preview's reused pages are the same strings from one save to the next.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, System.Runtime.CompilerServices.StrongBox<UInt128>> Known = [];

    private static UInt128 Fingerprint(object content) =>
        Known.GetValue(content, c => new System.Runtime.CompilerServices.StrongBox<UInt128>(Hash(c))).Value;

    private static UInt128 Hash(object content)
    {
        var bytes = content switch
        {
            string text => Utf8.GetBytes(text),
            byte[] data => data,
            _ => throw new ArgumentException("contenu inattendu", nameof(content)),
        };
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
