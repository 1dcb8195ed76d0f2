using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>`classeur --help`, for the tool and for each command, is entirely in French, whatever the machine's language.</summary>
public sealed class HelpTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { new[] { "--help" } }, { new[] { "-h" } }, { new[] { "build", "--help" } }, { new[] { "check", "--help" } },
        { new[] { "new", "--help" } }, { new[] { "serve", "-?" } }, { new[] { "print", "--help" } }, { new[] { "schema", "--help" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_is_in_french_for_every_command(string[] args)
    {
        var (code, output, error) = ClasseurCommand.Run(args);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Utilisation :\n  classeur", output, StringComparison.Ordinal);
        Assert.Contains("Options :\n", output, StringComparison.Ordinal);
        Assert.Contains("-?, -h, --help  ", output, StringComparison.Ordinal);
        Assert.Contains("Affiche l'aide et l'utilisation.", output, StringComparison.Ordinal);
        foreach (var english in new[] { "Usage", "Options:", "Commands", "Arguments:", "Show help", "Show version", "default:", "[command]" })
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_lists_its_commands_and_version_option_in_french()
    {
        var (_, output, _) = ClasseurCommand.Run("--help");

        Assert.StartsWith("Description :\n  Classeur : construit le site", output, StringComparison.Ordinal);
        Assert.Contains("Utilisation :\n  classeur [commande] [options]\n", output, StringComparison.Ordinal);
        Assert.Contains("--version       Affiche la version.", output, StringComparison.Ordinal);
        Assert.Contains("Commandes :\n  build ", output, StringComparison.Ordinal);
        foreach (var command in new[] { "check", "print", "new <experience|methode|repere> <titre>", "schema", "serve" })
            Assert.Contains("\n  " + command + " ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_help_names_its_arguments_and_values_in_french_even_with_an_argument_missing()
    {
        var (code, output, _) = ClasseurCommand.Run("new", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Utilisation :\n  classeur new <experience|methode|repere> <titre> [options]", output, StringComparison.Ordinal);
        Assert.Contains("Arguments :\n  <experience|methode|repere>  Le type de la fiche", output, StringComparison.Ordinal);
        Assert.Contains("-p, --project <dossier>", output, StringComparison.Ordinal);
    }
}
