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
    public void A_process_with_dynamic_code_such_as_the_test_host_never_starts_itself_again() =>
        Assert.False(CollectorChoice.CanRestart);

    [Theory]
    [InlineData("/usr/share/dotnet/dotnet", true)]
    [InlineData("/usr/local/share/dotnet/dotnet", true)]
    [InlineData(null, true)]
    [InlineData("/home/ana/.dotnet/tools/classeur", false)]
    [InlineData("/depot/generator/Classeur.Cli/bin/Debug/net10.0/Classeur.Cli", false)]
    public void A_command_started_by_the_dotnet_host_is_never_started_again(string? processPath, bool host) =>
        Assert.Equal(host, CollectorChoice.StartedByHost(processPath));

    /// <summary>
    /// `dotnet Classeur.Cli.dll build` on a manual past the threshold (here 1 byte): the command's runtime
    /// settings say no dynamic code, as the native one's do, and starting the host again with the command's
    /// arguments ran `dotnet build` (MSBuild) instead of the site's build.
    /// </summary>
    [Fact]
    public void A_large_manual_built_through_the_dotnet_host_is_built()
    {
        using var site = FixtureSite.Create();
        using var build = new CliProcess(new Dictionary<string, string> { ["CLASSEUR_SEUIL_GC_SERVEUR"] = "1" }, "build", "--project", site.Root);
        Assert.True(build.WaitForExit(TimeSpan.FromMinutes(2)), build.Output + build.Error);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.Contains("Site construit :", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB", build.Output + build.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "fiches/i-b-1.html")));
    }

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
