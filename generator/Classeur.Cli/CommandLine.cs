using System.CommandLine;
using Classeur.Build;

namespace Classeur.Cli;

/// <summary>
/// The `classeur` command: parses arguments, calls the library, prints, returns the exit code
/// (0 clean, 1 errors in the content, 2 bad usage, 3 no Chromium to print with).
/// </summary>
public static class CommandLine
{
    public const int Clean = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool colour = false)
    {
        var strict = new Option<bool>("--strict") { Description = "Traite les avertissements comme des erreurs." };
        var project = new Option<string?>("--project", "-p") { Description = "Dossier du projet (celui qui contient site.yml). Par défaut : le dossier courant ou le plus proche parent qui contient site.yml." };
        var content = new Option<string?>("--content") { Description = "Dossier des fiches (remplace « content » de site.yml)." };
        var outputDir = new Option<string?>("--output", "-o") { Description = "Dossier de sortie (remplace « output » de site.yml)." };
        var overwrite = new Option<bool>("--ecraser") { Description = "Remplace le dossier de sortie même s'il n'a pas été écrit par Classeur (ce qu'il contient est perdu)." };

        var format = new Option<string>("--format", "-f")
        {
            Description = "Format des diagnostics : text (par défaut, lu par les éditeurs), github (annotations des workflows), json ou sarif.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. DiagnosticPrinter.FormatNames]);

        var build = new Command("build", "Vérifie les fiches puis construit le site dans _site/.") { strict, project, content, outputDir, overwrite };
        var check = new Command("check", "Vérifie les fiches sans rien écrire.") { strict, project, content, format };
        build.SetAction(r => Execute(r, false, strict, project, content, outputDir, null, colour, output, error, overwrite));
        check.SetAction(r => Execute(r, true, strict, project, content, null, format, colour, output, error));

        var newFiche = NewCommand.Create(project, content, output, error);
        var print = PrintCommand.Create(strict, project, content, outputDir, output, error, overwrite);

        var root = new RootCommand("Classeur : construit le site du manuel à partir des fiches Markdown.")
        {
            build, check, print, newFiche, SchemaCommand.Create(project, content, output, error), Serve.ServeCommand.Create(project, output, error),
            ReportCommand.Create(project, content, output, error),
        };
        FrenchHelp.Install(root);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
                error.WriteLine($"classeur : {parseError.Message}");
            error.WriteLine("Utilisation : classeur build | check [--strict] [--project DOSSIER] | print | new experience|repere|methode \"Titre\" | schema | serve [--port N] | report [--format json] (classeur --help pour l'aide).");
            return BadUsage;
        }
        if (parsed.CommandResult.Command == root && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            error.WriteLine("classeur : indiquez une commande, build, check, print, new, schema, serve ou report (classeur --help pour l'aide).");
            return BadUsage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Execute(ParseResult parsed, bool checkOnly, Option<bool> strict, Option<string?> project,
        Option<string?> content, Option<string?>? outputDir, Option<string>? format, bool colour, TextWriter output, TextWriter error,
        Option<bool>? overwrite = null)
    {
        var root = ProjectLocator.Find(parsed.GetValue(project), Directory.GetCurrentDirectory());
        if (root is null)
        {
            error.WriteLine("classeur : aucun site.yml trouvé ici ni dans les dossiers parents. Lancez la commande depuis le dossier du projet, ou indiquez --project.");
            return BadUsage;
        }
        var options = new BuildOptions(root)
        {
            CheckOnly = checkOnly,
            Strict = parsed.GetValue(strict),
            ContentDirectory = Absolute(parsed.GetValue(content)),
            OutputDirectory = outputDir is null ? null : Absolute(parsed.GetValue(outputDir)),
            CompareWithLatestEdition = !checkOnly,
            Overwrite = overwrite is not null && parsed.GetValue(overwrite),
        };
        if (GuardedBuild.Run(options, error, out var failure) is not { } result) return failure;
        var chosen = DiagnosticPrinter.Parse(format is null ? null : parsed.GetValue(format));
        DiagnosticPrinter.Print(result, chosen, colour, Summary.Format(result, checkOnly, root), output, error);
        if (result.EditionNote is not null) output.WriteLine(result.EditionNote);
        if (result.Written && result.EditionChanges is not null) output.WriteLine(UpdateReport.Summary(result.EditionChanges));
        return result.Succeeded ? Clean : ContentErrors;
    }

    private static string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path);
}
