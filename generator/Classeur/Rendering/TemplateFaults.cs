using System.Text.RegularExpressions;
using Classeur.Diagnostics;
using HandlebarsDotNet.Compiler;

namespace Classeur.Rendering;

/// <summary>
/// Turns Handlebars.Net's failure while rendering into a located French diagnostic: the partial it
/// happened in (the innermost « rendering partial » of the chain, else the page's template), the line
/// and column of the name it could not read, and the name the model has that comes nearest.
/// </summary>
internal static partial class TemplateFaults
{
    /// <param name="sources">Every template and partial read: its name (partials as « partials/x ») → its path and text.</param>
    public static TemplateFailure Locate(string template, Exception error, IReadOnlyDictionary<string, (string Path, string Text)> sources,
        TemplateMiss? miss)
    {
        var file = template;
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (PartialFailure().Match(e.Message) is { Success: true } m) file = "partials/" + m.Groups[1].Value;
        }
        var undefined = Chain(error).OfType<HandlebarsUndefinedBindingException>().FirstOrDefault();
        var (path, text) = sources.TryGetValue(file, out var source) ? source : sources[template];
        if (undefined is null)
        {
            var cause = Chain(error).Last();
            // Handlebars' own messages say what is wrong; anything else is said as it is, to be reported.
            var detail = cause is HandlebarsDotNet.HandlebarsException ? TemplateSet.Describe(cause)
                : $"le rendu a échoué ({cause.GetType().Name} : {cause.Message})";
            // An unknown partial: where it is named, and the partial whose name comes nearest.
            if (MissingPartial().Match(cause.Message) is not { Success: true } partial) return new TemplateFailure(SourceLocation.File(path), detail, error);
            var missing = partial.Groups[1].Value;
            var (partialLine, partialColumn) = Find(text, missing, missing);
            var partials = sources.Keys.Where(k => k.StartsWith("partials/", StringComparison.Ordinal)).Select(k => k["partials/".Length..]);
            return new TemplateFailure(new SourceLocation(path, partialLine, partialColumn), detail + Hint(missing, partials), error);
        }
        var name = miss?.Name ?? undefined.MissingKey;
        var (line, column) = Find(text, undefined.Path, name);
        return new TemplateFailure(new SourceLocation(path, line, column), Explain(undefined.Path, name, miss), error);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException) yield return e;
    }

    private static string Explain(string expression, string name, TemplateMiss? miss)
    {
        var said = $"« {{{{{expression}}}}} » lit « {name} », que la donnée n'a pas";
        if (miss is null || miss.Name != name) return said + " : corrigez le nom dans le gabarit.";
        if (miss.IsLabel)
            return said + $" : aucun libellé « {name} » n'existe (ni de Classeur ni de site.yml). Ajoutez-le sous « labels: » dans site.yml, ou corrigez le nom."
                + Hint(name, miss.Candidates);
        // A short model's names help; a fiche's thirty do not.
        var names = miss.Candidates.Count <= 12 ? $" Noms possibles ici : {string.Join(", ", miss.Candidates)}." : "";
        return said + " : corrigez le nom dans le gabarit." + Hint(name, miss.Candidates) + names;
    }

    private static string Hint(string name, IEnumerable<string> candidates) =>
        Text.Suggestions.Nearest(name, candidates) is { } nearest ? $" Vouliez-vous dire « {nearest} » ?" : "";

    /// <summary>Line and column (1-based) of the expression, or of the name alone, inside a {{…}} of the text.</summary>
    private static (int Line, int Column) Find(string text, string expression, string name)
    {
        foreach (var wanted in new[] { expression, name }.Where(w => w.Length > 0))
        {
            foreach (Match mustache in Mustache().Matches(text))
            {
                var at = Token(mustache.Value, wanted);
                if (at < 0) continue;
                var offset = mustache.Index + at;
                var line = 1 + text.AsSpan(0, offset).Count('\n');
                var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
                return (line, column);
            }
        }
        return (0, 0);
    }

    /// <summary>Where <paramref name="wanted"/> stands as a whole name or path segment in the mustache, or -1.</summary>
    private static int Token(string mustache, string wanted)
    {
        for (var at = mustache.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = mustache.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            var end = at + wanted.Length;
            var before = at == 0 ? ' ' : mustache[at - 1];
            var after = end >= mustache.Length ? ' ' : mustache[end];
            if (!IsNameChar(before) && !IsNameChar(after)) return at;
        }
        return -1;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    [GeneratedRegex(@"^Runtime error while rendering partial '([^']+)'")]
    private static partial Regex PartialFailure();

    [GeneratedRegex("^Referenced partial name '([^']*)' could not be resolved")]
    private static partial Regex MissingPartial();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Mustache();
}
