using System.Text.RegularExpressions;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Each kind of command-line mistake gets a French answer (code 2), with « Vouliez-vous dire … ? »
/// when something near was meant, and never a word of System.CommandLine's English.
/// </summary>
public sealed partial class UsageErrorTests
{
    public static TheoryData<string, string[]> Mistakes => new()
    {
        { "classeur : indiquez une commande : build, check, serve, new, report, schema ou print.", [] },
        { "classeur : « biuld » n'est pas une commande de classeur. Vouliez-vous dire « build » ?", ["biuld"] },
        { "classeur : « chek » n'est pas une commande de classeur. Vouliez-vous dire « check » ?", ["chek", "--strict"] },
        { "classeur : « publier » n'est pas une commande de classeur. Les commandes sont build, check, serve, new, report, schema et print.", ["publier"] },
        { "classeur : l'option « --strcit » n'existe pas pour build. Vouliez-vous dire « --strict » ?", ["build", "--strcit"] },
        { "classeur : l'option « --unknown-option » n'existe pas pour build.", ["build", "--unknown-option"] },
        { "classeur : l'option --format ne s'applique pas à build : elle sert à check et report.", ["build", "--format", "json"] },
        { "classeur : « xml » n'est pas une valeur de --format, qui accepte github, json, sarif ou text.", ["check", "--format", "xml"] },
        { "classeur : « jsno » n'est pas une valeur de --format, qui accepte github, json, sarif ou text. Vouliez-vous dire « json » ?", ["check", "--format", "jsno"] },
        { "classeur : « txt » n'est pas une valeur de --format, qui accepte json ou text. Vouliez-vous dire « text » ?", ["report", "-f", "txt"] },
        { "classeur : l'option --format attend une valeur : github, json, sarif ou text.", ["check", "--format"] },
        { "classeur : l'option --format est donnée 2 fois : une seule valeur est permise.", ["check", "-f", "json", "-f", "text"] },
        { "classeur : l'option --port attend un nombre entier, pas « abc ».", ["serve", "--port", "abc"] },
        { "classeur : l'option --port attend une valeur.", ["serve", "--port"] },
        { "classeur : « experiance » n'est pas une valeur de <type>, qui accepte experience, methode ou repere. Vouliez-vous dire « experience » ?", ["new", "experiance", "Titre"] },
        { "classeur : « C3 » n'est pas une valeur de --section, qui accepte A, B, C-1 ou C-2.", ["new", "repere", "Titre", "--section", "C3"] },
        { "classeur : new attend l'argument <titre> : le titre de la fiche, tel qu'il sera imprimé, entre guillemets.", ["new", "experience"] },
        { "classeur : « plateforme mobilité » est en trop : new attend <type> <titre>.", ["new", "experience", "Une", "plateforme", "mobilité"] },
        { "classeur : check n'attend pas d'argument : « content » est en trop.", ["check", "content"] },
        { "classeur : --version s'emploie seul : classeur --version.", ["--version", "build"] },
        { "classeur : « @notes » n'est pas une commande de classeur.", ["@notes"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_explained_in_french_with_a_suggestion_and_exits_2(string expected, string[] args)
    {
        var (code, output, error) = ClasseurCommand.Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Matches(@"\nAide : classeur( \w+)? --help\n$", error);
        Assert.DoesNotMatch(EnglishWords(), error);
    }

    [Fact]
    public void A_sound_command_line_has_no_problem_and_a_mistyped_one_has_the_same_french_explanation()
    {
        Assert.Empty(Classeur.Cli.CommandLine.Problems(["check", "--strict", "--format", "github"]));
        Assert.Empty(Classeur.Cli.CommandLine.Problems(["new", "repere", "La mutualisation", "--section", "C-2"]));
        Assert.Equal(["« biuld » n'est pas une commande de classeur. Vouliez-vous dire « build » ?"], Classeur.Cli.CommandLine.Problems(["biuld"]));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("report")]
    [InlineData("schema")]
    [InlineData("serve")]
    [InlineData("print")]
    public void A_project_folder_that_does_not_exist_is_named_in_the_answer(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "classeur-absent-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = ClasseurCommand.Run(command, "--project", missing);

        Assert.Equal(2, code);
        Assert.Contains($"classeur : le dossier « {missing} » n'existe pas. Indiquez avec --project le dossier du projet (celui qui contient site.yml).", error, StringComparison.Ordinal);
    }

    /// <summary>What System.CommandLine says in English: none of it may reach the user.</summary>
    [GeneratedRegex(@"\b(Required|Unrecognized|command|Cannot|parse|expected|recognized|Must be|option '|not found|Did you mean)\b")]
    private static partial Regex EnglishWords();
}
