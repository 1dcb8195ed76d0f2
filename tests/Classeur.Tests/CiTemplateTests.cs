using System.Text.Json;
using System.Text.RegularExpressions;
using Classeur.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Classeur.Tests;

/// <summary>
/// The CI templates for the federation's repository (GitHub Actions and GitLab CI): every classeur
/// command they run is accepted and passes on a clean site; and each template's jobs, run in order as
/// written in a copy of the repository, publish the site, and keep their report when the check fails.
/// </summary>
public sealed partial class CiTemplateTests
{
    [Theory]
    [InlineData(".github/workflows/site.yml")]
    [InlineData(".gitlab-ci.yml")]
    public void Every_classeur_command_of_the_template_runs_green_on_a_clean_site(string template)
    {
        var commands = Scalars(Load(template))
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
    public void The_templates_use_their_stated_images_and_install_node_where_the_build_needs_it()
    {
        var gitlab = (YamlMappingNode)Load(".gitlab-ci.yml");
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", gitlab["image"].ToString());
        Assert.Contains("apt-get install -y -qq nodejs npm", string.Join('\n', GitLabJob(gitlab, "pages")), StringComparison.Ordinal);
        var github = (YamlMappingNode)Load(".github/workflows/site.yml");
        var publish = GitHubSteps(github, "publish");
        Assert.Contains(publish, s => s.Uses == "actions/setup-node@v4");
        Assert.Contains(publish, s => s.Uses == "actions/setup-dotnet@v4");
        Assert.Contains("pull_request", ((YamlMappingNode)github["on"]).Children.Keys.Select(k => k.ToString()));
    }

    [Fact]
    [Trait("Category", "Lent")]
    public void Each_template_runs_its_jobs_in_order_publishes_the_site_and_keeps_its_report_when_the_check_fails()
    {
        using var repository = Shell.CopyOfRepository("tests", "bench", "docs");
        var gitlab = (YamlMappingNode)Load(".gitlab-ci.yml");
        var github = (YamlMappingNode)Load(".github/workflows/site.yml");

        foreach (var stage in ((YamlSequenceNode)gitlab["stages"]).Children.Select(s => s.ToString()))
        {
            foreach (var job in GitLabJobs(gitlab).Where(j => ((YamlMappingNode)gitlab[j])["stage"].ToString() == stage))
            {
                var (code, output) = Shell.Run(string.Join('\n', GitLabJob(gitlab, job)), repository.Root);
                Assert.True(code == 0, $"GitLab, job {job} : code {code}\n{output}");
            }
        }
        Assert.Empty(SarifResults(repository));
        Assert.True(File.Exists(repository.PathOf("public/index.html")));

        foreach (var job in new[] { "check", "publish" })
        {
            var (failed, output) = RunGitHubJob(github, job, repository.Root);
            Assert.False(failed, $"GitHub, job {job}\n{output}");
        }
        Assert.True(File.Exists(repository.PathOf("_site/index.html")));

        // A broken reference: each check job fails, and still keeps its SARIF report, which names it.
        var fiche = Directory.EnumerateFiles(repository.PathOf("content/reperes"), "I-A-1-*.md").Single();
        File.AppendAllText(fiche, "\nVoir [[I-C-2-z]].\n");
        File.Delete(repository.PathOf("classeur.sarif"));
        var gitlabCheck = Shell.Run(string.Join('\n', GitLabJob(gitlab, "check")), repository.Root);
        Assert.NotEqual(0, gitlabCheck.ExitCode);
        Assert.Contains("error CLS0201", gitlabCheck.Output, StringComparison.Ordinal);
        Assert.Equal(["CLS0201"], SarifResults(repository));

        File.Delete(repository.PathOf("classeur.sarif"));
        var (githubFailed, githubOutput) = RunGitHubJob(github, "check", repository.Root);
        Assert.True(githubFailed);
        Assert.Contains("::error file=content/reperes/", githubOutput, StringComparison.Ordinal);
        Assert.Equal(["CLS0201"], SarifResults(repository));
    }

    /// <summary>
    /// A GitHub job's steps in order, as the runner does: a `run` step in bash (-eo pipefail), the
    /// actions checked against what this machine already has; after a failure, only `if: always()` steps.
    /// </summary>
    private static (bool Failed, string Output) RunGitHubJob(YamlMappingNode workflow, string job, string directory)
    {
        var failed = false;
        var log = new List<string>();
        foreach (var step in GitHubSteps(workflow, job))
        {
            if (failed && step.If != "always()") continue;
            if (step.Run is not null)
            {
                var (code, output) = Shell.Run(step.Run, directory);
                log.Add($"$ {step.Run}\n{output}");
                failed |= code != 0;
                continue;
            }
            // checkout: the copy is the checkout; setup-dotnet and setup-node: this machine has them; the
            // artifact and Pages actions upload what the steps before them wrote.
            Assert.Contains(step.Uses, new[] { "actions/checkout@v4", "actions/setup-dotnet@v4", "actions/setup-node@v4", "actions/upload-artifact@v4", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4" });
            if (step.With.TryGetValue("path", out var path)) Assert.True(File.Exists(Path.Combine(directory, path)) || Directory.Exists(Path.Combine(directory, path)), $"{step.Uses} : {path} absent");
            if (step.With.TryGetValue("dotnet-version", out var version)) Assert.Equal("10.0.x", version);
        }
        return (failed, string.Join('\n', log));
    }

    private sealed record Step(string? Run, string? Uses, string? If, IReadOnlyDictionary<string, string> With);

    private static List<Step> GitHubSteps(YamlMappingNode workflow, string job)
    {
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["jobs"])[job])["steps"];
        return [.. steps.Children.Cast<YamlMappingNode>().Select(s => new Step(
            Value(s, "run"), Value(s, "uses"), Value(s, "if"),
            s.Children.TryGetValue(new YamlScalarNode("with"), out var with)
                ? ((YamlMappingNode)with).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString())
                : new Dictionary<string, string>()))];
    }

    private static IEnumerable<string> GitLabJobs(YamlMappingNode pipeline) =>
        pipeline.Children.Where(p => p.Value is YamlMappingNode job && job.Children.ContainsKey(new YamlScalarNode("stage"))).Select(p => p.Key.ToString());

    /// <summary>A GitLab job's lines, before_script then script, as the runner chains them.</summary>
    private static IEnumerable<string> GitLabJob(YamlMappingNode pipeline, string job)
    {
        var node = (YamlMappingNode)pipeline[job];
        foreach (var key in new[] { "before_script", "script" })
        {
            if (node.Children.TryGetValue(new YamlScalarNode(key), out var lines))
                foreach (var line in ((YamlSequenceNode)lines).Children) yield return line.ToString();
        }
    }

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value.ToString() : null;

    /// <summary>The rule of each result of the SARIF report the check job kept.</summary>
    private static List<string> SarifResults(TempProject repository)
    {
        var path = repository.PathOf("classeur.sarif");
        Assert.True(File.Exists(path), "le rapport SARIF n'a pas été gardé");
        using var sarif = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        return [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!)];
    }

    private static YamlNode Load(string template)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, template))));
        return stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        _ => [],
    };

    /// <summary>The arguments after « dotnet run --project generator/Classeur.Cli -- », up to a redirection.</summary>
    [GeneratedRegex(@"dotnet run --project generator/Classeur\.Cli -- ([^>|]+)")]
    private static partial Regex ClasseurInvocation();
}
