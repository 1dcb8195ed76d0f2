using System.Text.RegularExpressions;
using Classeur.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Classeur.Tests;

/// <summary>
/// The CI templates for the federation's repository (GitHub Actions and GitLab CI) are valid YAML,
/// and every classeur command they run is one the CLI accepts and that passes on a clean site.
/// </summary>
public sealed partial class CiTemplateTests
{
    [Theory]
    [InlineData(".github/workflows/site.yml")]
    [InlineData(".gitlab-ci.yml")]
    public void Every_classeur_command_of_the_template_runs_green_on_a_clean_site(string template)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, template));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var commands = Scalars(stream.Documents[0].RootNode)
            .SelectMany(s => s.Split('\n'))
            .Select(line => ClasseurInvocation().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim())
            .ToList();
        Assert.Contains(commands, c => c.StartsWith("check", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("build", StringComparison.Ordinal));

        foreach (var command in commands)
        {
            using var site = FixtureSite.Create();
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var output = args.IndexOf("--output");
            if (output >= 0) args[output + 1] = site.PathOf("published");
            var (code, printed, error) = ClasseurCommand.Run([.. args, "--project", site.Root]);
            Assert.True(code == 0, $"{template}: « {command} » → {code}\n{printed}{error}");
            if (output >= 0) Assert.True(File.Exists(site.PathOf("published/index.html")));
        }
    }

    [Fact]
    public void The_github_workflow_annotates_pull_requests_and_publishes_main_to_pages()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github/workflows/site.yml"));
        Assert.Contains("pull_request:", text, StringComparison.Ordinal);
        Assert.Contains("check --strict --format github", text, StringComparison.Ordinal);
        Assert.Contains("actions/deploy-pages", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        _ => [],
    };

    /// <summary>The arguments after « dotnet run --project generator/Classeur.Cli -- », up to a redirection.</summary>
    [GeneratedRegex(@"dotnet run --project generator/Classeur\.Cli -- ([^>]+)")]
    private static partial Regex ClasseurInvocation();
}
