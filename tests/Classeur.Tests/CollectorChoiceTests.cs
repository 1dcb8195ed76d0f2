using Classeur.Cli;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: a large manual is built with the server collector (the native command starts itself again);
/// what counts is the Markdown of the content folder. The restart itself is checked on the published
/// command (<see cref="NativeAotTests"/>).
/// </summary>
public sealed class CollectorChoiceTests
{
    [Fact]
    public void Only_the_markdown_of_the_content_counts_towards_the_threshold()
    {
        using var project = new TempProject();
        Directory.CreateDirectory(project.PathOf("content/reperes"));
        File.WriteAllText(project.PathOf("content/reperes/a.md"), new string('a', 600));
        File.WriteAllText(project.PathOf("content/b.md"), new string('b', 600));
        File.WriteAllText(project.PathOf("content/mots-cles.yml"), new string('c', 10_000));

        Assert.True(CollectorChoice.IsLarge(project.PathOf("content"), 1_200));
        Assert.False(CollectorChoice.IsLarge(project.PathOf("content"), 1_201));
        Assert.False(CollectorChoice.IsLarge(project.PathOf("absent"), 1));
    }

    [Fact]
    public void A_command_run_by_the_jit_never_starts_itself_again() =>
        Assert.False(CollectorChoice.CanRestart);

    [Fact]
    public void The_command_started_again_gets_the_server_collector_and_its_settings_unless_the_user_chose_them()
    {
        var variables = CollectorChoice.RestartVariables(new System.Collections.Hashtable { ["PATH"] = "/usr/bin" });
        Assert.Equal(["PATH=/usr/bin", "DOTNET_gcServer=1", "DOTNET_gcConcurrent=0", "DOTNET_GCLOHThreshold=" + CollectorChoice.LargeObjectThreshold], variables);

        variables = CollectorChoice.RestartVariables(new System.Collections.Hashtable { ["DOTNET_gcConcurrent"] = "1", ["DOTNET_GCLOHThreshold"] = "20000" });
        Assert.Contains("DOTNET_gcConcurrent=1", variables);
        Assert.Contains("DOTNET_GCLOHThreshold=20000", variables);
        Assert.DoesNotContain("DOTNET_gcConcurrent=0", variables);
        Assert.Single(variables, v => v.StartsWith("DOTNET_GCLOHThreshold=", StringComparison.Ordinal));
    }
}
