using System.Text;
using Classeur.Diagnostics;

namespace Classeur.Content;

/// <summary>
/// Reads content/: every Markdown fiche (README.md files are guides for editors, not fiches), the
/// data files, and the list of assets. Files are decoded strictly so that a file saved in
/// another encoding is reported rather than rendered as mojibake.
/// </summary>
public static class ContentLoader
{
    public const string KeywordsFile = "mots-cles.yml";
    public const string BibliographyFile = "bibliographie.yml";
    public const string GlossaryFile = "glossaire.yml";
    public const string AssetsFolder = "assets";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ContentSet Load(string projectRoot, string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Report(DiagnosticCatalog.MissingFolder, SourceLocation.File(Relative(projectRoot, contentDirectory)),
                Relative(projectRoot, contentDirectory));
            return new ContentSet(contentDirectory, [], null, null, []);
        }

        var markdown = Directory.EnumerateFiles(contentDirectory, "*.md", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Where(p => !IsUnder(contentDirectory, AssetsFolder, p))
            .OrderBy(p => Relative(contentDirectory, p), StringComparer.Ordinal)
            .ToList();

        var fiches = new SourceFile[markdown.Count];
        Parallel.For(0, markdown.Count, i => fiches[i] = Read(projectRoot, contentDirectory, markdown[i], diagnostics));

        var assetsDirectory = Path.Combine(contentDirectory, AssetsFolder);
        var assets = Directory.Exists(assetsDirectory)
            ? Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories)
                .Select(p => Relative(contentDirectory, p)).OrderBy(p => p, StringComparer.Ordinal).ToList()
            : [];

        return new ContentSet(contentDirectory, fiches,
            ReadOptional(projectRoot, contentDirectory, KeywordsFile, diagnostics),
            ReadOptional(projectRoot, contentDirectory, BibliographyFile, diagnostics),
            assets,
            ReadOptional(projectRoot, contentDirectory, GlossaryFile, diagnostics));
    }

    private static SourceFile? ReadOptional(string projectRoot, string contentDirectory, string name, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, name);
        return File.Exists(path) ? Read(projectRoot, contentDirectory, path, diagnostics) : null;
    }

    public static SourceFile Read(string projectRoot, string contentDirectory, string path, DiagnosticBag diagnostics)
    {
        var relative = Relative(projectRoot, path);
        string? text = null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            text = Decode(bytes, relative, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFile, SourceLocation.File(relative), e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFile, SourceLocation.File(relative), e.Message);
        }
        return new SourceFile(path, relative, Relative(contentDirectory, path), text);
    }

    private static string? Decode(byte[] bytes, string relative, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            // Line endings are normalised so that positions and output do not depend on the editor.
            return StrictUtf8.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(e.Index, 0);
            var (line, column) = LineColumnOf(bytes, offset);
            diagnostics.Report(DiagnosticCatalog.InvalidUtf8, new SourceLocation(relative, line, column), offset);
            return null;
        }
    }

    private static (int Line, int Column) LineColumnOf(byte[] bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        }
        return (line, offset - lineStart + 1);
    }

    private static bool IsUnder(string root, string folder, string path) =>
        Relative(root, path).StartsWith(folder + "/", StringComparison.Ordinal);

    public static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');
}
