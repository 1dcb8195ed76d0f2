using Classeur.Diagnostics;
using HandlebarsDotNet;

namespace Classeur.Print;

/// <summary>
/// The print templates of templates/impression/: the printed fiche (fiche.hbs), a fiche's own document
/// (document.hbs) and a binder (classeur.hbs), with their partials in impression/partials/. They are
/// apart from the site's templates so that the web pages can change without changing the paper. Like
/// them, they read typed records under snake_case names, and are strict: a name the model does not have
/// is an error, not an empty string.
/// </summary>
public sealed class PrintTemplates
{
    public const string Folder = "impression";
    public const string Fiche = "fiche";
    public const string Document = "document";
    public const string Binder = "classeur";

    private static readonly string[] Required = [Fiche, Document, Binder];

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates = new(StringComparer.Ordinal);

    private PrintTemplates(string directory) => Directory = directory;

    /// <summary>templates/impression/: its stylesheets and scripts are served to Chromium from there.</summary>
    public string Directory { get; }

    /// <summary>The templates, or null with a CLS0302-style diagnostic for each one missing or invalid.</summary>
    public static PrintTemplates? Load(string templatesDirectory, string relativeDirectory, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(templatesDirectory, Folder);
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true };
        configuration.ObjectDescriptorProviders.Add(new Rendering.TemplateModelDescriptors());
        var handlebars = Handlebars.Create(configuration);
        var partials = Path.Combine(directory, "partials");
        if (System.IO.Directory.Exists(partials))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(partials, "*.hbs").OrderBy(f => f, StringComparer.Ordinal))
                handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), Read(file));
        }
        var set = new PrintTemplates(directory);
        var ok = true;
        foreach (var name in Required)
        {
            var path = Path.Combine(directory, name + ".hbs");
            var location = SourceLocation.File($"{relativeDirectory}/{Folder}/{name}.hbs");
            if (!File.Exists(path))
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, location, $"le gabarit d'impression « {Folder}/{name}.hbs » est absent du dossier {relativeDirectory}/");
                ok = false;
                continue;
            }
            try
            {
                set._templates[name] = handlebars.Compile(Read(path));
            }
            catch (HandlebarsException e)
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, location, e.Message);
                ok = false;
            }
        }
        return ok ? set : null;
    }

    private static string Read(string file) => File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Renders a template; a name the model lacks throws <see cref="PrintFailedException"/> naming the template.</summary>
    internal string Render(string name, Rendering.Models.ITemplateModel model)
    {
        try
        {
            return _templates[name](model);
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            throw new PrintFailedException($"le gabarit d'impression « {Folder}/{name}.hbs » lit une donnée inconnue : {e.Message}", e);
        }
    }
}
