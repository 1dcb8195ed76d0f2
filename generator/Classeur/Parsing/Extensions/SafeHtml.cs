using System.Text.RegularExpressions;

namespace Classeur.Parsing.Extensions;

/// <summary>
/// What raw HTML in a fiche may become when site.yml does not allow HTML: comments (the format's
/// « figure absente » notes) are dropped, a line break `&lt;br&gt;` (the only way to break a line in a
/// pipe-table cell) is kept, everything else is shown as text.
/// </summary>
internal static partial class SafeHtml
{
    public static bool IsComment(string html) => html.TrimStart().StartsWith("<!--", StringComparison.Ordinal);

    public static bool IsLineBreak(string html) => LineBreak().IsMatch(html.Trim());

    /// <summary>True when the fragment is neither a comment nor a line break, i.e. would be escaped.</summary>
    public static bool IsEscaped(string html) => !IsComment(html) && !IsLineBreak(html);

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
