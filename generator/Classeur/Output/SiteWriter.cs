using System.Text;

namespace Classeur.Output;

/// <summary>
/// Writes the site atomically: everything goes to a fresh sibling folder first, which then replaces
/// the output folder in two renames. A failure at any point leaves the previous site as it was.
/// Only folders this class created itself are ever deleted.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="files">Output path (relative, forward slashes) → content, text or bytes.</param>
    public static void Write(string outputDirectory, IReadOnlyDictionary<string, object> files)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new IOException("dossier de sortie sans parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.nouveau-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.ancien-{Guid.NewGuid():N}");
        try
        {
            foreach (var (path, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var target = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                switch (content)
                {
                    case string text: File.WriteAllText(target, text, Utf8); break;
                    case byte[] bytes: File.WriteAllBytes(target, bytes); break;
                    default: throw new ArgumentException($"contenu inattendu pour {path}", nameof(files));
                }
            }
            if (Directory.Exists(output)) Directory.Move(output, previous);
            Directory.Move(staging, output);
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(previous)) Directory.Move(previous, output);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }
}
