using Classeur.Diagnostics;
using HandlebarsDotNet;

namespace Classeur.Rendering;

/// <summary>
/// The Handlebars templates of templates/: read and compiled once per build (they are runtime files,
/// editable without rebuilding Classeur). Compiled templates are safe to call from several threads.
/// Strict: the models are typed (<see cref="Models.ITemplateModel"/>), and a name a template reads that its
/// model lacks fails the page with CLS0302 at the template's line, not an empty string.
/// </summary>
internal sealed class TemplateSet
{
    public static readonly string[] Required = ["layout", "home", "repere", "methode", "experience", "page", "keyword", "territoires", "graphe", "rapport", "imprimer", "ressource", "experience-externe", "bibliotheque", "glossaire"];

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates = new(StringComparer.Ordinal);

    /// <summary>Each template's and partial's path and text (partials as « partials/name »), to locate a failure.</summary>
    private readonly Dictionary<string, (string Path, string Text)> _sources = new(StringComparer.Ordinal);

    private TemplateSet()
    {
    }

    /// <param name="previous">A preview's last templates: returned as they are when no template text changed
    /// (compiling them is the dearest part of a small rebuild).</param>
    public static TemplateSet? Load(string templatesDirectory, string relativeDirectory, DiagnosticBag diagnostics, TemplateSet? previous = null)
    {
        if (previous is not null && previous.SourceFingerprint == Fingerprint(templatesDirectory)) return previous;
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true };
        configuration.ObjectDescriptorProviders.Add(new TemplateModelDescriptors());
        var handlebars = Handlebars.Create(configuration);
        FoldHelper.Register(handlebars);
        var set = new TemplateSet();
        var texts = new List<string>();
        string Read(string file)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            texts.Add(file);
            texts.Add(text);
            return text;
        }
        var ok = true;
        var partials = Path.Combine(templatesDirectory, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").OrderBy(f => f, StringComparer.Ordinal))
            {
                try
                {
                    var text = Read(file);
                    set._sources["partials/" + Path.GetFileNameWithoutExtension(file)] = ($"{relativeDirectory}/partials/{Path.GetFileName(file)}", text);
                    handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), text);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    diagnostics.Report(DiagnosticCatalog.TemplateError, SourceLocation.File($"{relativeDirectory}/partials/{Path.GetFileName(file)}"), Describe(e));
                    ok = false;
                }
            }
        }
        // The pages' templates, read in order, then compiled on every core: Handlebars compiles safely in
        // parallel once partials and helpers are registered (its maintainers' word), and compiling is the
        // dearest part of loading them.
        var toCompile = new List<(string Name, string Text, SourceLocation Location)>();
        foreach (var name in Required)
        {
            var path = Path.Combine(templatesDirectory, name + ".hbs");
            var location = SourceLocation.File($"{relativeDirectory}/{name}.hbs");
            if (!File.Exists(path))
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, location, $"le gabarit « {name}.hbs » est absent du dossier {relativeDirectory}/");
                ok = false;
                continue;
            }
            toCompile.Add((name, Read(path), location));
            set._sources[name] = (location.Path, toCompile[^1].Text);
        }
        // Optional templates: page-<id>.hbs gives one page its own layout (the index, the bibliography).
        foreach (var path in Directory.EnumerateFiles(templatesDirectory, "page-*.hbs").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            toCompile.Add((name, Read(path), SourceLocation.File($"{relativeDirectory}/{name}.hbs")));
            set._sources[name] = ($"{relativeDirectory}/{name}.hbs", toCompile[^1].Text);
        }
        var compiled = new HandlebarsTemplate<object, object>?[toCompile.Count];
        Parallel.For(0, toCompile.Count, i =>
        {
            try
            {
                compiled[i] = handlebars.Compile(toCompile[i].Text);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, toCompile[i].Location, Describe(e));
            }
        });
        for (var i = 0; i < toCompile.Count; i++)
        {
            if (compiled[i] is { } template) set._templates[toCompile[i].Name] = template;
            else ok = false;
        }
        set.SourceFingerprint = ModelFingerprint.OfTexts(texts);
        return ok ? set : null;
    }

    /// <summary>The same fingerprint as <see cref="SourceFingerprint"/>, from the files alone: the same files, in the same order.</summary>
    private static UInt128 Fingerprint(string templatesDirectory)
    {
        var partials = Path.Combine(templatesDirectory, "partials");
        IEnumerable<string> files = Directory.Exists(partials) ? Directory.EnumerateFiles(partials, "*.hbs").OrderBy(f => f, StringComparer.Ordinal) : [];
        files = files.Concat(Required.Select(name => Path.Combine(templatesDirectory, name + ".hbs")).Where(File.Exists))
            .Concat(Directory.EnumerateFiles(templatesDirectory, "page-*.hbs").OrderBy(f => f, StringComparer.Ordinal));
        return ModelFingerprint.OfTexts([.. files.SelectMany(f => new[] { f, File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal) })]);
    }

    /// <summary>
    /// Handlebars' own message when it has one; its internal failures (an « {{#if}} » without argument
    /// ends in « Sequence contains no elements ») are said in French.
    /// </summary>
    public static string Describe(Exception e)
    {
        if (e is not HandlebarsException)
            return "Handlebars ne peut pas le compiler : une balise de bloc ({{#if}}, {{#each}}…) sans argument, ou une balise mal formée ?";
        var partial = System.Text.RegularExpressions.Regex.Match(e.Message, "^Referenced partial name '([^']*)' could not be resolved");
        return partial.Success
            ? $"le partiel « {partial.Groups[1].Value} » est introuvable : ajoutez partials/{partial.Groups[1].Value}.hbs, ou corrigez son nom dans « {{{{> … }}}} »"
            : e.Message;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>A fingerprint of every template text read: part of each page's fingerprint in a preview session.</summary>
    public UInt128 SourceFingerprint { get; private set; }

    /// <summary>In a preview session, the previous build's outputs: unchanged models are not rendered again.</summary>
    public RenderCache? Cache { get; set; }

    /// <summary>Renders a page's template; a failure comes out as a <see cref="TemplateFailure"/> located in the template.</summary>
    public string Render(string name, Models.ITemplateModel model) =>
        Cache is null ? Run(name, model) : Cache.GetOrRender(name, model, () => Run(name, model));

    private string Run(string name, Models.ITemplateModel model)
    {
        TemplateModelDescriptors.LastMiss = null;
        try
        {
            return _templates[name](model);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw TemplateFaults.Locate(name, e, _sources, TemplateModelDescriptors.LastMiss);
        }
    }
}
