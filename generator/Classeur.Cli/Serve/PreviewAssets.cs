using System.Net;

namespace Classeur.Cli.Serve;

/// <summary>
/// What the preview adds to pages: the reload script and the error banner's style are files (the
/// pages' CSP allows only scripts and styles from the site itself), and the banner itself.
/// </summary>
public static class PreviewAssets
{
    public const string Script =
        "// Aperçu de Classeur : recharge la page quand le site a été reconstruit.\n" +
        "new EventSource('/__classeur/events').addEventListener('reload', function () { location.reload(); });\n";

    public const string Style =
        ".classeur-apercu-erreurs{background:#fff0f0;color:#5a0000;border:3px solid #b00020;margin:0;padding:1rem;font:1rem/1.4 system-ui,sans-serif}" +
        ".classeur-apercu-erreurs h2{margin:0 0 .5rem;font-size:1.1rem}" +
        ".classeur-apercu-erreurs pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font-size:.9rem}\n";

    public const string NotFound =
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page introuvable</title></head>" +
        "<body><main><h1>Page introuvable</h1><p>Cette page n'existe pas (encore) dans l'aperçu.</p></main></body></html>";

    /// <summary>Adds the script, and the banner when the last build failed, to one HTML page.</summary>
    public static string Inject(string html, IReadOnlyList<string> errors)
    {
        var head = "<link rel=\"stylesheet\" href=\"/__classeur/serve.css\"><script src=\"/__classeur/reload.js\" defer></script>";
        html = ReplaceFirst(html, "</head>", head + "</head>");
        if (errors.Count == 0) return html;
        var banner = "<div class=\"classeur-apercu-erreurs\" role=\"alert\"><h2>La dernière modification contient "
            + (errors.Count == 1 ? "une erreur" : $"{errors.Count} erreurs")
            + " : la page affichée est la dernière version correcte.</h2><pre>"
            + string.Join("\n", errors.Select(WebUtility.HtmlEncode)) + "</pre></div>";
        var body = html.IndexOf("<body", StringComparison.Ordinal);
        var afterBody = body < 0 ? -1 : html.IndexOf('>', body);
        return afterBody < 0 ? banner + html : html.Insert(afterBody + 1, banner);
    }

    public static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".svg" => "image/svg+xml",
        ".pdf" => "application/pdf",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
