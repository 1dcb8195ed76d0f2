using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Classeur.Cli;

/// <summary>
/// `--help` in French. System.CommandLine 3.0 writes its headings (« Usage: », « Options: »…), the
/// descriptions of --help and --version and « [default: …] » in English, or half-translated depending
/// on the user's language, and keeps its HelpBuilder's sections internal: this action writes the whole
/// help itself, in French, whatever the machine's culture.
/// </summary>
public sealed class FrenchHelp : SynchronousCommandLineAction
{
    public const string HelpDescription = "Affiche l'aide et l'utilisation.";
    public const string VersionDescription = "Affiche la version.";

    /// <summary>Gives --help and --version French descriptions, and --help this action.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = HelpDescription;
                help.Action = new FrenchHelp();
            }
            else if (option is VersionOption version)
            {
                version.Description = VersionDescription;
            }
        }
    }

    /// <summary>As for System.CommandLine's own help: `classeur new --help` shows the help, not « argument missing ».</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        var sections = new List<string>();
        if (!string.IsNullOrWhiteSpace(command.Description)) sections.Add("Description :\n  " + command.Description);
        sections.Add("Utilisation :\n  " + Usage(command));
        sections.Add(Section("Arguments :", command.Arguments.Where(a => !a.Hidden).Select(a => (Label(a), a.Description ?? ""))));
        sections.Add(Section("Options :", VisibleOptions(command).Select(o => (Label(o), o.Description ?? ""))));
        sections.Add(Section("Commandes :", command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(' ', c.Arguments.Where(a => !a.Hidden).Select(Label).Prepend(c.Name)), c.Description ?? ""))));
        output.Write(string.Join("\n\n", sections.Where(s => s.Length > 0)) + "\n\n");
        return 0;
    }

    private static string Usage(Command command)
    {
        var parts = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
            parts.Insert(0, current is RootCommand ? "classeur" : current.Name);
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(Label));
        if (command.Subcommands.Any(c => !c.Hidden)) parts.Add("[commande]");
        if (VisibleOptions(command).Any()) parts.Add("[options]");
        return string.Join(' ', parts);
    }

    /// <summary>A heading, then two aligned columns, as System.CommandLine lays them out.</summary>
    private static string Section(string title, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return "";
        var width = list.Max(r => r.Name.Length) + 2;
        return title + "\n" + string.Join("\n", list.Select(r => ("  " + r.Name.PadRight(width) + r.Description).TrimEnd()));
    }

    /// <summary>The command's own options, then those its parents pass down (--help).</summary>
    private static IEnumerable<Option> VisibleOptions(Command command)
    {
        var seen = new HashSet<Option>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in current.Options)
            {
                if (!option.Hidden && (current == command || option.Recursive) && seen.Add(option)) yield return option;
            }
        }
    }

    /// <summary>An argument: its help name, or the values it accepts (experience|methode|repere), or its name.</summary>
    private static string Label(Argument argument)
    {
        if (argument.HelpName is { } name) return $"<{name}>";
        var values = argument.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        return values.Count > 0 ? $"<{string.Join('|', values)}>" : $"<{argument.Name}>";
    }

    /// <summary>Short aliases first, then the value the option takes, unless it is a switch.</summary>
    private static string Label(Option option)
    {
        // Windows-style aliases (/?, /h) are left out, as System.CommandLine's own help does.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Distinct().Where(n => !n.StartsWith('/'))
            .OrderBy(n => n.TrimStart('-').Length > 1).ThenBy(n => n.StartsWith("--", StringComparison.Ordinal)).ThenBy(n => n, StringComparer.Ordinal));
        if (option.ValueType == typeof(bool) || option is HelpOption or VersionOption) return names;
        if (option.HelpName is { } name) return $"{names} <{name}>";
        var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        return values.Count > 0 ? $"{names} <{string.Join('|', values)}>" : $"{names} <{ValueName(option.Name)}>";
    }

    /// <summary>What an option's value is, in French, when the option does not say (HelpName).</summary>
    private static string ValueName(string option) => option switch
    {
        "--project" or "--content" or "--output" => "dossier",
        "--chromium" => "chemin",
        "--address" => "adresse",
        "--port" => "port",
        "--id" => "id",
        "--fiches" => "ids",
        "--partie" => "partie",
        "--region" => "région",
        "--mot-cle" => "mot-clef",
        _ => "valeur",
    };
}
