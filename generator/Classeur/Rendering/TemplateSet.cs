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

    /// <summary>The pages rendered without Handlebars.Net; null when a template goes beyond that subset.</summary>
    private FastTemplates? _fast;

    /// <summary>Handlebars.Net's compiled templates: made at load when the fast subset does not cover them, else when a page first needs them.</summary>
    private Lazy<Dictionary<string, HandlebarsTemplate<object, object>>> _handlebars = null!;

    private int _fallbacks;

    /// <summary>Each template's and partial's path and text (partials as « partials/name »), to locate a failure.</summary>
    private readonly Dictionary<string, (string Path, string Text)> _sources = new(StringComparer.Ordinal);

    private TemplateSet()
    {
    }

    /// <param name="previous">A preview's last templates: returned as they are when no template text changed
    /// (compiling them is the dearest part of a small rebuild).</param>
    /// <param name="fast">Whether pages may be rendered by <see cref="FastTemplates"/> (false: Handlebars.Net alone, to compare them).</param>
    public static TemplateSet? Load(string templatesDirectory, string relativeDirectory, DiagnosticBag diagnostics, TemplateSet? previous = null, bool fast = true)
    {
        if (previous is not null && previous.SourceFingerprint == Fingerprint(templatesDirectory) && (previous._fast is not null) == fast) return previous;
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
        var partials = new List<(string Name, string Text, SourceLocation Location)>();
        var partialsDirectory = Path.Combine(templatesDirectory, "partials");
        if (Directory.Exists(partialsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(partialsDirectory, "*.hbs").OrderBy(f => f, StringComparer.Ordinal))
            {
                var location = SourceLocation.File($"{relativeDirectory}/partials/{Path.GetFileName(file)}");
                try
                {
                    var text = Read(file);
                    set._sources["partials/" + Path.GetFileNameWithoutExtension(file)] = (location.Path, text);
                    partials.Add((Path.GetFileNameWithoutExtension(file), text, location));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Report(DiagnosticCatalog.TemplateError, location, Describe(e));
                    ok = false;
                }
            }
        }
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
        set.SourceFingerprint = ModelFingerprint.OfTexts(texts);
        if (!ok)
        {
            Compile(partials, toCompile, diagnostics); // every fault said in one run
            return null;
        }
        set._fast = fast ? FastTemplates.TryCreate(toCompile.Select(t => (t.Name, t.Text)), partials.Select(p => (p.Name, p.Text))) : null;
        if (set._fast is null)
        {
            // Beyond the fast subset: Handlebars.Net compiles now, and says here what it cannot compile.
            var compiled = Compile(partials, toCompile, diagnostics);
            if (compiled is null) return null;
            set._handlebars = new Lazy<Dictionary<string, HandlebarsTemplate<object, object>>>(compiled);
        }
        else
        {
            // Within it, Handlebars.Net compiles only if a page needs it (the subset parses only what it compiles).
            set._handlebars = new(() => Compile(partials, toCompile, new DiagnosticBag())
                ?? throw new TemplateFailure(toCompile[0].Location, "Handlebars.Net ne peut pas compiler les gabarits", new InvalidOperationException()));
        }
        return set;
    }

    /// <summary>Handlebars.Net's templates: partials registered, then the pages' templates compiled on every core.</summary>
    private static Dictionary<string, HandlebarsTemplate<object, object>>? Compile(List<(string Name, string Text, SourceLocation Location)> partials,
        List<(string Name, string Text, SourceLocation Location)> toCompile, DiagnosticBag diagnostics)
    {
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true };
        configuration.ObjectDescriptorProviders.Add(new TemplateModelDescriptors());
        var handlebars = Handlebars.Create(configuration);
        FoldHelper.Register(handlebars);
        var ok = true;
        foreach (var (name, text, location) in partials)
        {
            try
            {
                handlebars.RegisterTemplate(name, text);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, location, Describe(e));
                ok = false;
            }
        }
        // Handlebars compiles safely in parallel once partials and helpers are registered (its maintainers'
        // word), and compiling is the dearest part of loading them.
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
        var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        for (var i = 0; i < toCompile.Count; i++)
        {
            if (compiled[i] is { } template) templates[toCompile[i].Name] = template;
            else ok = false;
        }
        return ok ? templates : null;
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

    public bool Has(string name) => _sources.ContainsKey(name);

    /// <summary>Whether the pages are rendered without Handlebars.Net, but for those that need it.</summary>
    public bool IsFast => _fast is not null;

    /// <summary>Renders the fast subset gave up and left to Handlebars.Net.</summary>
    public int Fallbacks => _fallbacks;

    /// <summary>A fingerprint of every template text read: part of each page's fingerprint in a preview session.</summary>
    public UInt128 SourceFingerprint { get; private set; }

    /// <summary>In a preview session, the previous build's outputs: unchanged models are not rendered again.</summary>
    public RenderCache? Cache { get; set; }

    /// <summary>Renders a page's template; a failure comes out as a <see cref="TemplateFailure"/> located in the template.</summary>
    public string Render(string name, Models.ITemplateModel model) =>
        Cache is null ? Run(name, model) : Cache.GetOrRender(name, model, () => Run(name, model));

    /// <summary>
    /// Renders a page's template at the end of <paramref name="output"/>, without a string for it when the fast
    /// renderer takes it; a failure comes out as a <see cref="TemplateFailure"/>, as with <see cref="Render"/>.
    /// </summary>
    public void RenderTo(string name, Models.ITemplateModel model, System.Text.StringBuilder output)
    {
        if (Cache is null && _fast is not null && _fast.TryRenderTo(name, model, output)) return;
        output.Append(Cache is null ? Slow(name, model) : Render(name, model));
    }

    /// <summary>
    /// A template's HTML for another's slot (the layout's content): written when the page is, unless a preview's
    /// cache needs it beforehand to fingerprint the page.
    /// </summary>
    public HtmlSlot Slot(string name, Models.ITemplateModel model) =>
        Cache is null ? HtmlSlot.Deferred(output => RenderTo(name, model, output)) : HtmlSlot.Of(Render(name, model));

    private string Run(string name, Models.ITemplateModel model) =>
        _fast is not null && _fast.TryRender(name, model, out var html) ? html : Slow(name, model);

    /// <summary>Handlebars.Net, for a template or a model the fast renderer does not take.</summary>
    private string Slow(string name, Models.ITemplateModel model)
    {
        if (_fast is not null) Interlocked.Increment(ref _fallbacks);
        TemplateModelDescriptors.LastMiss = null;
        try
        {
            return _handlebars.Value[name](model);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw TemplateFaults.Locate(name, e, _sources, TemplateModelDescriptors.LastMiss);
        }
    }
}
