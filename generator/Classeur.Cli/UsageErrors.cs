using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using Classeur.Text;

namespace Classeur.Cli;

/// <summary>
/// A mistyped command line, explained in French. System.CommandLine's own messages are English (or a
/// machine translation, by culture) and suggest nothing: this reads the parse result itself (tokens
/// nobody took, options without a valid value, missing arguments) and says what is wrong, with
/// « Vouliez-vous dire … ? » when a command, option or value is near what was typed.
/// </summary>
public static class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parsed)
    {
        var messages = new List<string>();
        var command = parsed.CommandResult.Command;
        var root = parsed.RootCommandResult.Command;
        var unmatched = parsed.UnmatchedTokens;
        var extra = new List<string>();
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (token.StartsWith('-'))
            {
                messages.Add(UnknownOption(token, command, root));
                // « build --format json »: « json » is the value of the option just refused, not another mistake.
                if (i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith('-')) i++;
            }
            else if (command == root)
            {
                messages.Add(UnknownCommand(token, root));
                break;
            }
            else
            {
                extra.Add(token);
            }
        }
        if (extra.Count > 0) messages.Add(ExtraArguments(string.Join(' ', extra), command));
        foreach (var error in parsed.Errors)
        {
            var message = error.SymbolResult switch
            {
                OptionResult { Option: VersionOption } => "--version s'emploie seul : classeur --version.",
                OptionResult option => OptionValue(option.Option, option.Tokens),
                ArgumentResult { Parent: OptionResult option } => OptionValue(option.Option, option.Tokens),
                ArgumentResult argument => ArgumentValue(argument.Argument, argument.Tokens, command),
                CommandResult when command == root && unmatched.Count == 0 => MissingCommand(root),
                CommandResult => null, // the unmatched tokens, explained above
                _ => error.Message, // French by culture (see CommandLine.Run): a case System.CommandLine knows better
            };
            if (message is not null && !messages.Contains(message)) messages.Add(message);
        }
        if (messages.Count == 0) messages.AddRange(parsed.Errors.Select(e => e.Message));
        return messages;
    }

    public static string MissingCommand(Command root) =>
        $"indiquez une commande : {List(Commands(root), "ou")}.";

    private static string UnknownCommand(string token, Command root)
    {
        var suggestion = Near(token, Commands(root));
        return suggestion is null
            ? $"« {token} » n'est pas une commande de classeur. Les commandes sont {List(Commands(root), "et")}."
            : $"« {token} » n'est pas une commande de classeur.{Suggestions.DidYouMean(suggestion)}";
    }

    private static string UnknownOption(string token, Command command, Command root)
    {
        var name = token.Split('=', 2)[0];
        var elsewhere = root.Subcommands.Where(c => c != command && OptionNames(c).Contains(name)).Select(c => c.Name).ToList();
        if (elsewhere.Count > 0)
            return $"l'option {name} ne s'applique pas à {command.Name} : elle sert à {List(elsewhere, "et")}.";
        var suggestion = Near(name, OptionNames(command).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
        var of = command is RootCommand ? "de classeur" : $"pour {command.Name}";
        return $"l'option « {name} » n'existe pas {of}.{Suggestions.DidYouMean(suggestion)}";
    }

    private static string ExtraArguments(string token, Command command)
    {
        if (command.Arguments.Count == 0) return $"{command.Name} n'attend pas d'argument : « {token} » est en trop.";
        var expected = string.Join(' ', command.Arguments.Select(a => $"<{a.Name}>"));
        return $"« {token} » est en trop : {command.Name} attend {expected}. Un texte de plusieurs mots s'écrit entre guillemets, " +
            $"par exemple classeur new experience \"Une plateforme mobilité\".";
    }

    private static string? OptionValue(Option option, IReadOnlyList<Token> tokens)
    {
        var allowed = Allowed(option.GetCompletions(CompletionContext.Empty));
        if (tokens.Count == 0)
            return allowed.Count > 0 ? $"l'option {option.Name} attend une valeur : {List(allowed, "ou")}." : $"l'option {option.Name} attend une valeur.";
        if (tokens.Count > 1) return $"l'option {option.Name} est donnée {tokens.Count} fois : une seule valeur est permise.";
        var value = tokens[0].Value;
        if (allowed.Count > 0 && !allowed.Contains(value))
            return $"« {value} » n'est pas une valeur de {option.Name}, qui accepte {List(allowed, "ou")}.{Suggestions.DidYouMean(Near(value, allowed))}";
        if (option.ValueType == typeof(int)) return $"l'option {option.Name} attend un nombre entier, pas « {value} ».";
        return null;
    }

    private static string? ArgumentValue(Argument argument, IReadOnlyList<Token> tokens, Command command)
    {
        var allowed = Allowed(argument.GetCompletions(CompletionContext.Empty));
        if (tokens.Count == 0)
        {
            var what = allowed.Count > 0 ? $" : {List(allowed, "ou")}." : argument.Description is { Length: > 1 } d ? $" : {char.ToLowerInvariant(d[0])}{d[1..]}" : ".";
            return $"{command.Name} attend l'argument <{argument.Name}>{what}";
        }
        var value = tokens[0].Value;
        if (allowed.Count > 0 && !allowed.Contains(value))
            return $"« {value} » n'est pas une valeur de <{argument.Name}>, qui accepte {List(allowed, "ou")}.{Suggestions.DidYouMean(Near(value, allowed))}";
        return null;
    }

    /// <summary>A near word: one edit for every three letters typed, at least one (« C3 » is not « A »).</summary>
    private static string? Near(string typed, IEnumerable<string> candidates) =>
        Suggestions.Nearest(typed, candidates, Math.Max(1, typed.Length / 3));

    private static List<string> Allowed(IEnumerable<CompletionItem> completions) => [.. completions.Select(c => c.Label)];

    private static List<string> Commands(Command root) => [.. root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)];

    /// <summary>The names and aliases of the options a command accepts, those it inherits (--help) included.</summary>
    private static HashSet<string> OptionNames(Command command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in current.Options.Where(o => current == command || o.Recursive))
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }
        }
        return names;
    }

    /// <summary>« a, b ou c ».</summary>
    private static string List(IReadOnlyList<string> items, string conjunction) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1];
}
