using System.Text;
using Classeur.Diagnostics;

namespace Classeur.Content;

/// <summary>
/// Reads content/: every Markdown fiche (README.md files are guides for editors, not fiches), the
/// data files, and the list of assets. Files are decoded strictly so that a file saved in
/// another encoding is reported rather than rendered as mojibake. Nothing outside content/ is read:
/// see <see cref="FolderWalker"/>.
/// </summary>
internal static class ContentLoader
{
    public const string KeywordsFile = "mots-cles.yml";
    public const string BibliographyFile = "bibliographie.yml";
    public const string GlossaryFile = "glossaire.yml";
    public const string AssetsFolder = "assets";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="kept">A preview's texts from its last build: files unchanged since are not read again.</param>
    public static ContentSet Load(string projectRoot, string contentDirectory, DiagnosticBag diagnostics, SourceTexts? kept = null)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Report(DiagnosticCatalog.MissingFolder, SourceLocation.File(Relative(projectRoot, contentDirectory)),
                Relative(projectRoot, contentDirectory));
            return new ContentSet(contentDirectory, [], null, null, []);
        }

        var listed = FolderWalker.Files(contentDirectory, projectRoot, diagnostics)
            .Select(p => (Path: p, Relative: Relative(contentDirectory, p)))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();
        var markdown = listed
            .Where(p => p.Relative.EndsWith(".md", StringComparison.Ordinal) && !IsUnder(AssetsFolder, p.Relative))
            .Where(p => !Path.GetFileName(p.Path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Path)
            .ToList();

        var fiches = new SourceFile[markdown.Count];
        Parallel.For(0, markdown.Count, i => fiches[i] = Read(projectRoot, contentDirectory, markdown[i], diagnostics, kept));
        kept?.Keep(markdown.ToHashSet(StringComparer.Ordinal));

        var assets = listed.Where(p => IsUnder(AssetsFolder, p.Relative) && Publishable(projectRoot, p.Path, diagnostics))
            .Select(p => p.Relative).ToList();

        // Data files are read only when listed: a link that leaves content/ was reported, not followed.
        var names = listed.Select(p => p.Relative).ToHashSet(StringComparer.Ordinal);
        return new ContentSet(contentDirectory, fiches,
            ReadOptional(projectRoot, contentDirectory, KeywordsFile, names, diagnostics),
            ReadOptional(projectRoot, contentDirectory, BibliographyFile, names, diagnostics),
            assets,
            ReadOptional(projectRoot, contentDirectory, GlossaryFile, names, diagnostics));
    }

    /// <summary>
    /// An asset is copied into the site whole, so it must be readable, and not larger than an array can
    /// hold (2 Go): otherwise it is reported here rather than failing the write.
    /// </summary>
    private static bool Publishable(string projectRoot, string path, DiagnosticBag diagnostics)
    {
        var relative = Relative(projectRoot, path);
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length <= MaxFileBytes) return true;
            diagnostics.Report(DiagnosticCatalog.FileTooLarge, SourceLocation.File(relative), Size(length), Size(MaxFileBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFile, SourceLocation.File(relative), IoMessages.French(e));
        }
        return false;
    }

    /// <summary>The most one file read whole can hold.</summary>
    public static long MaxFileBytes => Array.MaxLength;

    private static string Size(long bytes) =>
        (bytes / (1024.0 * 1024 * 1024)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " Go";

    private static SourceFile? ReadOptional(string projectRoot, string contentDirectory, string name, IReadOnlySet<string> listed, DiagnosticBag diagnostics) =>
        listed.Contains(name) ? Read(projectRoot, contentDirectory, Path.Combine(contentDirectory, name), diagnostics) : null;

    public static SourceFile Read(string projectRoot, string contentDirectory, string path, DiagnosticBag diagnostics, SourceTexts? kept = null)
    {
        var relative = Relative(projectRoot, path);
        string? ReadText()
        {
            try
            {
                return ReadAndDecode(path, relative, diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCatalog.UnreadableFile, SourceLocation.File(relative), IoMessages.French(e));
                return null;
            }
        }
        // Only a decoded text is kept: a file that failed is read (and reported) again on every build.
        return new SourceFile(path, relative, Relative(contentDirectory, path), kept is null ? ReadText() : kept.Read(path, ReadText));
    }

    /// <summary>
    /// The file's text, its bytes read into a pooled buffer: only the decoded string is kept, and a byte array per
    /// file (53 MB at x100, the largest ones on the large object heap) was garbage as soon as it was decoded.
    /// </summary>
    private static string? ReadAndDecode(string path, string relative, DiagnosticBag diagnostics)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > MaxFileBytes) throw new IOException($"fichier de plus de {Size(MaxFileBytes)}");
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max((int)length, 1));
        try
        {
            // A file may change while it is read: what was read is what counts.
            var read = 0;
            int count;
            while (read < buffer.Length && (count = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0) read += count;
            if (read == buffer.Length && RandomAccess.Read(handle, new byte[1], read) > 0) return Decode(File.ReadAllBytes(path), relative, diagnostics);
            return Decode(new ArraySegment<byte>(buffer, 0, read), relative, diagnostics);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Decode(ArraySegment<byte> segment, string relative, DiagnosticBag diagnostics)
    {
        var bytes = segment.AsSpan();
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            // Line endings are normalised so that positions and output do not depend on the editor.
            return StrictUtf8.GetString(bytes[start..]).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(e.Index, 0);
            var (line, column) = LineColumnOf(bytes, offset);
            diagnostics.Report(DiagnosticCatalog.InvalidUtf8, new SourceLocation(relative, line, column), offset);
            return null;
        }
    }

    private static (int Line, int Column) LineColumnOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        }
        return (line, offset - lineStart + 1);
    }

    private static bool IsUnder(string folder, string relative) =>
        relative.StartsWith(folder + "/", StringComparison.Ordinal);

    public static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');
}
