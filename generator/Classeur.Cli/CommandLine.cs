using System.CommandLine;
using System.Globalization;
using Classeur.Build;
using Classeur.Configuration;
using Classeur.Diagnostics;

namespace Classeur.Cli;

/// <summary>
/// The `classeur` command: parses arguments, calls the library, prints, returns the exit code
/// (0 clean, 1 errors in the content, 2 bad usage, 3 no Chromium to print with, 4 a fault of Classeur).
/// </summary>
public static class CommandLine
{
    public const int Clean = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;
    public const int Unexpected = 4;

    /// <summary>The commands that publish the site, and so need its npm packages.</summary>
    private static readonly string[] Publishing = ["build", "serve", "print"];

    public static int Run(string[] args, TextWriter output, TextWriter error, bool colour = false)
    {
        // The few messages of System.CommandLine that UsageErrors does not rewrite come in French too.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var (root, project) = Create(output, error, colour, args);
            var parsed = root.Parse(args, Parsing);
            if (parsed.Errors.Count > 0)
            {
                foreach (var message in UsageErrors.Describe(parsed))
                    error.WriteLine($"classeur : {message}");
                var path = parsed.CommandResult.Command == root ? "classeur" : $"classeur {parsed.CommandResult.Command.Name}";
                error.WriteLine($"Aide : {path} --help");
                return BadUsage;
            }
            if (parsed.CommandResult.Command == root && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
            {
                error.WriteLine($"classeur : {UsageErrors.MissingCommand(root)} Aide : classeur --help");
                return BadUsage;
            }
            if (parsed.Action is not FrenchHelp && parsed.CommandResult.Command.Name is "build" or "check" && CollectorChoice.CanRestart)
                RestartIfLarge(ProjectLocator.Find(parsed.GetValue(project), Directory.GetCurrentDirectory()), parsed.GetValue<string?>("--content"));
            if (parsed.Action is not FrenchHelp && Publishing.Contains(parsed.CommandResult.Command.Name))
                InstallPackages(ProjectLocator.Find(parsed.GetValue(project), Directory.GetCurrentDirectory()), error);
            return Invoke(parsed, output, error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>
    /// What the command line accepts, without running anything: the French messages of its mistakes,
    /// none when it is valid. For the tests that check the commands the documentation shows.
    /// </summary>
    public static IReadOnlyList<string> Problems(string[] args)
    {
        var (root, _) = Create(TextWriter.Null, TextWriter.Null, false);
        var parsed = root.Parse(args, Parsing);
        return parsed.Errors.Count > 0 ? UsageErrors.Describe(parsed) : [];
    }

    /// <summary>The commands and their options, as the documentation must describe them.</summary>
    public static RootCommand Tree() => Create(TextWriter.Null, TextWriter.Null, false).Root;

    /// <summary>No @file arguments: « @notes » is a mistyped word, not a file of arguments to read.</summary>
    private static ParserConfiguration Parsing => new() { ResponseFileTokenReplacer = null };

    private static (RootCommand Root, Option<string?> Project) Create(TextWriter output, TextWriter error, bool colour, string[]? args = null)
    {
        var strict = new Option<bool>("--strict") { Description = "Traite les avertissements comme des erreurs." };
        var project = new Option<string?>("--project", "-p") { Description = "Dossier du projet (celui qui contient site.yml). Par défaut : le dossier courant ou le plus proche parent qui contient site.yml." };
        var content = new Option<string?>("--content") { Description = "Dossier des fiches (remplace « content » de site.yml)." };
        var outputDir = new Option<string?>("--output", "-o") { Description = "Dossier de sortie (remplace « output » de site.yml)." };
        var drafts = new Option<bool>("--brouillons") { Description = "Publie aussi les fiches en brouillon (status: brouillon), que build laisse de côté par défaut." };
        var overwrite = new Option<bool>("--ecraser") { Description = "Remplace le dossier de sortie même s'il n'a pas été écrit par Classeur (ce qu'il contient est perdu)." };

        var format = new Option<string>("--format", "-f")
        {
            Description = "Format des diagnostics : text (par défaut, lu par les éditeurs), github (annotations des workflows), json ou sarif.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. DiagnosticPrinter.FormatNames]);

        var build = new Command("build", "Vérifie les fiches puis construit le site dans _site/ (sans les brouillons, sauf avec --brouillons).") { strict, project, content, outputDir, drafts, overwrite };
        var check = new Command("check", "Vérifie les fiches sans rien écrire ; avec --strict, liste aussi les brouillons, que build ne publie pas.") { strict, project, content, format, drafts };
        var run = new RunSettings(strict, project, content, drafts, overwrite, colour, output, error);
        build.SetAction(r => Execute(r, run, false, outputDir, null));
        check.SetAction(r => Execute(r, run, true, null, format));

        var root = new RootCommand("Classeur : construit le site du manuel à partir des fiches Markdown.")
        {
            build, check, Serve.ServeCommand.Create(project, output, error), NewCommand.Create(project, content, output, error),
            ReportCommand.Create(project, content, output, error), SchemaCommand.Create(project, content, output, error),
            PrintCommand.Create(strict, project, content, outputDir, output, error, overwrite, args),
        };
        FrenchHelp.Install(root);
        return (root, project);
    }

    private static int Invoke(ParseResult parsed, TextWriter output, TextWriter error)
    {
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last resort: whatever went wrong is said in French, with what to report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"classeur : erreur inattendue ({e.GetType().Name} : {e.Message}). C'est un défaut de Classeur, pas de vos fiches : " +
                "signalez-le avec la commande lancée et le détail ci-dessous.");
            error.WriteLine(e.ToString());
            return Unexpected;
        }
    }

    /// <summary>A large manual is built by the command started again with the server collector (<see cref="CollectorChoice"/>).</summary>
    private static void RestartIfLarge(string? root, string? content)
    {
        if (root is null) return;
        var directory = content ?? Path.Combine(root, SiteConfigLoader.Load(root, new DiagnosticBag()).ContentDirectory);
        CollectorChoice.RestartIfLarge(Path.GetFullPath(directory));
    }

    /// <summary>The site's npm packages, installed on the first build (it says so): check never needs them.</summary>
    private static void InstallPackages(string? root, TextWriter progress)
    {
        if (root is null) return;
        var config = SiteConfigLoader.Load(root, new DiagnosticBag());
        var templates = Path.GetFullPath(Path.Combine(root, config.TemplatesDirectory));
        BrowserPackagesInstaller.EnsureInstalled(templates, Path.GetRelativePath(root, templates).Replace('\\', '/'), progress);
    }

    private sealed record RunSettings(Option<bool> Strict, Option<string?> Project, Option<string?> Content, Option<bool> Drafts, Option<bool> Overwrite,
        bool Colour, TextWriter Output, TextWriter Error);

    private static int Execute(ParseResult parsed, RunSettings run, bool checkOnly, Option<string?>? outputDir, Option<string>? format)
    {
        var root = ProjectLocator.FindOrExplain(parsed.GetValue(run.Project), run.Error);
        if (root is null) return BadUsage;
        var progress = new StageProgress(run.Error);
        var strict = parsed.GetValue(run.Strict);
        var options = new BuildOptions(root)
        {
            CheckOnly = checkOnly,
            Strict = strict,
            ContentDirectory = Absolute(parsed.GetValue(run.Content)),
            OutputDirectory = outputDir is null ? null : Absolute(parsed.GetValue(outputDir)),
            CompareWithLatestEdition = !checkOnly,
            IncludeDrafts = parsed.GetValue(run.Drafts),
            StageDone = progress.Done,
            Overwrite = parsed.GetValue(run.Overwrite),
        };
        if (GuardedBuild.Run(options, run.Error, out var failure) is not { } result)
        {
            progress.End();
            return failure;
        }
        progress.End();
        var chosen = DiagnosticPrinter.Parse(format is null ? null : parsed.GetValue(format));
        var closing = Summary.Format(result, checkOnly, root);
        if (checkOnly && strict) closing = string.Join('\n', DraftList.Lines(result, chosen).Append(closing));
        // What changed since the last printed edition comes first: the summary stays the closing line.
        if (result.EditionNote is not null) run.Output.WriteLine(result.EditionNote);
        if (result.Written && result.EditionChanges is not null) run.Output.WriteLine(UpdateReport.Summary(result.EditionChanges));
        DiagnosticPrinter.Print(result, chosen, run.Colour, closing, run.Output, run.Error);
        return result.Succeeded ? Clean : ContentErrors;
    }

    private static string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path);
}
