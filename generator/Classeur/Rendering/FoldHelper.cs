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
            var classAttribute = arguments.Length > 3 && arguments[3]?.ToString() is { Length: > 0 } name
                ? $" class=\"{System.Net.WebUtility.HtmlEncode(name)}\"" : "";
            if (items.Count == 0) return;
            output.WriteSafeString($"<ul{classAttribute}>\n");
            foreach (var item in items.Take(shown)) options.Template(output, item);
            output.WriteSafeString("</ul>\n");
            if (items.Count <= shown) return;
            var summary = label.Replace("{n}", items.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            output.WriteSafeString($"<details class=\"voir-tout\">\n<summary>{System.Net.WebUtility.HtmlEncode(summary)}</summary>\n<ul{classAttribute}>\n");
            foreach (var item in items.Skip(shown)) options.Template(output, item);
            output.WriteSafeString("</ul>\n</details>\n");
        });
}
