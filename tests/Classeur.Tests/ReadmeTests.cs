using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Classeur.Model;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The README is short and task-first, and true: every command it and docs/ show is one the tool
/// accepts, every option is documented, every link leads somewhere, and its figures are the real
/// manual's.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed partial class ReadmeTests(RealManualBuild build)
{
    private static string Readme => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    private static IEnumerable<string> Documents =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Append(Path.Combine(RepositoryPaths.Content, "README.md"));

    [Fact]
    public void The_readme_follows_the_tasks_in_order_and_stays_short()
    {
        var headings = Readme.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.Equal(["Installer", "Construire le site", "Modifier une fiche", "Voir le résultat en direct", "Vérifier", "Publier", "Imprimer", "Référence", "Licence"], headings);
        Assert.True(Readme.Split('\n').Length < 160, "Le README reste court : la référence va dans docs/.");
        // The licence is said once, in its section.
        Assert.Single(Documents, d => File.ReadAllText(d).Contains("licence MIT", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_command_the_documentation_shows_is_accepted_by_the_tool()
    {
        var commands = Documents.SelectMany(d => ShownCommands(d).Select(c => (Document: Path.GetFileName(d), c.Line, c.Args))).ToList();
        Assert.True(commands.Count >= 25, $"{commands.Count} commandes trouvées");
        foreach (var (document, line, args) in commands)
        {
            var problems = Classeur.Cli.CommandLine.Problems(args);
            Assert.True(problems.Count == 0, $"{document} : « {line} » : {string.Join(" ", problems)}");
        }
        var shown = commands.Where(c => c.Document == "README.md").Select(c => c.Args.FirstOrDefault() ?? "").ToHashSet();
        foreach (var task in new[] { "build", "new", "serve", "check", "report", "print", "--version" })
            Assert.Contains(task, shown);
    }

    [Fact]
    public void Every_option_of_every_command_is_documented()
    {
        var reference = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "commandes.md"))
            + File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "impression.md"));
        foreach (var command in Classeur.Cli.CommandLine.Tree().Subcommands)
        {
            Assert.Contains($"`{command.Name}`", reference, StringComparison.Ordinal);
            foreach (var option in command.Options.Where(o => o.Name != "--help"))
                Assert.True(reference.Contains($"`{option.Name}", StringComparison.Ordinal), $"{command.Name} {option.Name} n'est pas dans docs/commandes.md");
        }
    }

    [Fact]
    public void Every_link_of_the_readme_and_docs_leads_to_a_file()
    {
        foreach (var document in Documents)
        {
            // Links in code (an example of Markdown) are not the document's own.
            var text = InlineCode().Replace(FencedCode().Replace(File.ReadAllText(document), ""), "");
            foreach (Match link in RelativeLink().Matches(text))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, link.Groups[1].Value));
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{Path.GetFileName(document)} : le lien {link.Groups[1].Value} ne mène à rien.");
            }
        }
    }

    [Fact]
    public void The_figures_of_the_readme_are_those_of_the_real_manual()
    {
        var readme = Regex.Replace(Readme, @"\s+", " ");
        var fiches = build.Manual.Fiches;
        int Of(FicheType type) => fiches.Count(f => f.Type == type);
        Assert.Contains($"Le manuel compte {Of(FicheType.Repere)} repères, {Of(FicheType.Methode)} méthodes, {Of(FicheType.Experience)} expériences, un édito, une introduction, un index de {build.Manual.Keywords.Count} mots clefs", readme, StringComparison.Ordinal);
        Assert.Contains($"sa bibliothèque ajoute {Of(FicheType.Ressource)} documents extérieurs et {Of(FicheType.ExperienceExterne)} expériences", readme, StringComparison.Ordinal);
        Assert.Contains($"Site construit : {build.Result.FicheCount} fiches, {build.Result.PageCount} pages, 0 erreur, 0 avertissement", readme, StringComparison.Ordinal);
        Assert.Contains($"Site construit : {build.Result.FicheCount} fiches, {build.Result.PageCount} pages", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "commandes.md")), StringComparison.Ordinal);
    }

    /// <summary>
    /// The `classeur …` and `dotnet run --project generator/Classeur.Cli -- …` lines of the document's
    /// shell code blocks, without a trailing comment or redirection, split as a shell would.
    /// </summary>
    internal static IEnumerable<(string Line, string[] Args)> ShownCommands(string document)
    {
        var inCode = false;
        foreach (var raw in File.ReadAllLines(document))
        {
            // Commands are in ```sh blocks; plain ``` blocks show what the tool prints.
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inCode = !inCode && raw.Trim() == "```sh"; continue; }
            if (!inCode) continue;
            var match = Invocation().Match(raw.Trim());
            if (!match.Success) continue;
            var rest = Trailing().Replace(match.Groups["args"].Value, "");
            yield return (raw.Trim(), [.. CommandLineParser.SplitCommandLine(rest)]);
        }
    }

    [GeneratedRegex(@"^(?:classeur|dotnet run --project generator/Classeur\.Cli --)(?:\s+(?<args>.*))?$")]
    private static partial Regex Invocation();

    /// <summary>A shell comment (« # … ») or a redirection (« > fichier »), which are not the tool's.</summary>
    [GeneratedRegex(@"\s+(#|>|\|\|).*$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?!https?:|#|mailto:)([^)#\s]+)(?:#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
