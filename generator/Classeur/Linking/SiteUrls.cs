namespace Classeur.Linking;

/// <summary>
/// Every link in the site is relative to the page it sits in, so the site works from any folder,
/// from a sub-path of a server, and opened straight from disk (file://).
/// </summary>
internal static class SiteUrls
{
    /// <summary>"../" for each folder of <paramref name="pageUrl"/> ("fiches/i-a-1.html" → "../").</summary>
    public static string Root(string pageUrl) =>
        string.Concat(Enumerable.Repeat("../", pageUrl.Count(c => c == '/')));

    /// <summary>A URL relative to the site root, made relative to <paramref name="fromPage"/>.</summary>
    public static string Relative(string fromPage, string siteUrl) =>
        fromPage == siteUrl.Split('#')[0] && siteUrl.Contains('#', StringComparison.Ordinal)
            ? siteUrl[siteUrl.IndexOf('#', StringComparison.Ordinal)..]
            : Root(fromPage) + siteUrl;

    /// <summary>The page of a keyword of the index.</summary>
    public static string ForKeyword(string keywordId) => $"mots-cles/{keywordId}.html";

    /// <summary>Where a file of content/ (an image, a PDF) is published.</summary>
    public static string ForContentFile(string contentRelativePath) => "contenu/" + contentRelativePath;
}
