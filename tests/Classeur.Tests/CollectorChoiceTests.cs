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
}
