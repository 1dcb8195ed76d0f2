namespace Classeur.Text;

/// <summary>
/// Classifies the URL of a Markdown link or image: external, anchor, refused scheme, or a local file
/// resolved against the fiche's folder, which must stay inside content/.
/// </summary>
internal static class LocalPaths
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public enum Kind { External, Anchor, Unsafe, Local, Outside }

    public static (Kind Kind, string? Resolved, string? Scheme) Classify(string url, string ficheContentPath)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#')) return (Kind.Anchor, null, null);
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = trimmed[..colon].ToLowerInvariant();
            return SafeSchemes.Contains(scheme) ? (Kind.External, null, scheme) : (Kind.Unsafe, null, scheme);
        }
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return (Kind.External, null, null);
        var path = Uri.UnescapeDataString(trimmed.Split('#', '?')[0]);
        if (path.StartsWith('/')) return (Kind.Outside, null, null);
        var folder = Path.GetDirectoryName(ficheContentPath)?.Replace('\\', '/') ?? "";
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return (Kind.Outside, null, null);
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return (Kind.Local, string.Join('/', parts), null);
    }
}
