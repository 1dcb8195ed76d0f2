using System.Collections;
using System.Globalization;
using HandlebarsDotNet;

namespace Classeur.Rendering;

/// <summary>
/// The « replie » block helper: a long list shows its first items, the rest behind a « Voir tout » that
/// works without script (a &lt;details&gt;). <c>{{#replie items 5 @root.labels.voir_tout "classe"}}&lt;li&gt;…&lt;/li&gt;{{/replie}}</c>
/// writes &lt;ul class="classe"&gt; with the first 5, then &lt;details class="voir-tout"&gt; with the others;
/// the label's {n} is the number of items in all.
/// </summary>
internal static class FoldHelper
{
    public const string Name = "replie";

    public static void Register(IHandlebars handlebars) =>
        handlebars.RegisterHelper(Name, (output, options, context, arguments) =>
        {
            var items = arguments.Length > 0 && arguments[0] is IEnumerable list and not string ? list.Cast<object?>().ToList() : [];
            var shown = arguments.Length > 1 ? Convert.ToInt32(arguments[1], CultureInfo.InvariantCulture) : items.Count;
            var label = arguments.Length > 2 ? arguments[2]?.ToString() ?? "" : "";
            var className = arguments.Length > 3 ? arguments[3]?.ToString() : null;
            Write(items, shown, label, className, html => output.WriteSafeString(html), item => options.Template(output, item));
        });

    /// <summary>
    /// The fold itself, for Handlebars.Net and for <see cref="FastTemplates"/>: <paramref name="writeHtml"/>
    /// writes markup as it is, <paramref name="writeItem"/> one item through the block's body.
    /// </summary>
    public static void Write(IList items, int shown, string label, string? className, Action<string> writeHtml, Action<object?> writeItem)
    {
        if (items.Count == 0) return;
        var classAttribute = className is { Length: > 0 } ? $" class=\"{System.Net.WebUtility.HtmlEncode(className)}\"" : "";
        writeHtml($"<ul{classAttribute}>\n");
        for (var i = 0; i < Math.Min(shown, items.Count); i++) writeItem(items[i]);
        writeHtml("</ul>\n");
        if (items.Count <= shown) return;
        var summary = label.Replace("{n}", items.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        writeHtml($"<details class=\"voir-tout\">\n<summary>{System.Net.WebUtility.HtmlEncode(summary)}</summary>\n<ul{classAttribute}>\n");
        for (var i = Math.Max(shown, 0); i < items.Count; i++) writeItem(items[i]);
        writeHtml("</ul>\n</details>\n");
    }
}
