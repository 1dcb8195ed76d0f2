namespace Classeur.Linking;

/// <summary>
/// Every link in the site is relative to the page it sits in, so the site works from any folder,
/// from a sub-path of a server, and opened straight from disk (file://).
/// </summary>
internal static class SiteUrls
{
    // Every link of every page asks for its root: the site's few depths as ready strings, not a new one each time.
    private static readonly string[] Ups = ["", "../", "../../", "../../../", "../../../../"];

    /// <summary>"../" for each folder of <paramref name="pageUrl"/> ("fiches/i-a-1.html" → "../").</summary>
    public static string Root(string pageUrl)
    {
        var depth = pageUrl.AsSpan().Count('/');
        return depth < Ups.Length ? Ups[depth] : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A URL relative to the site root, made relative to <paramref name="fromPage"/>.</summary>
    public static string Relative(string fromPage, string siteUrl)
    {
        var hash = siteUrl.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 && fromPage.AsSpan().SequenceEqual(siteUrl.AsSpan(0, hash)) ? siteUrl[hash..] : Root(fromPage) + siteUrl;
    }

    /// <summary>The page of a keyword of the index.</summary>
    public static string ForKeyword(string keywordId) => $"mots-cles/{keywordId}.html";

    /// <summary>Where a file of content/ (an image, a PDF) is published.</summary>
    public static string ForContentFile(string contentRelativePath) => "contenu/" + contentRelativePath;
}
