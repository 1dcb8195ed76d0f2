using Classeur.Editions;
using Classeur.Tests.Support;

namespace Classeur.Tests.Editions;

/// <summary>
/// Issue 19: a build looks for the last tagged edition every time; when the files say there is no tag
/// (no repository, or one without tags), git is not started at all. Whenever a tag exists, loose or
/// packed, git is asked.
/// </summary>
public sealed class TagProbeTests
{
    [Fact]
    public void No_repository_and_a_repository_without_tags_need_no_git_but_any_tag_does()
    {
        using var project = new TempProject().Write("content/a.md", "texte");
        var content = project.PathOf("content");
        Assert.False(GitRepository.MayHaveTags(content));

        GitFixture.Git(project.Root, null, "init", "-q");
        GitFixture.Git(project.Root, "2025-01-10T10:00:00", "add", "-A");
        GitFixture.Git(project.Root, "2025-01-10T10:00:00", "commit", "-q", "-m", "Première version");
        Assert.False(GitRepository.MayHaveTags(content));
        Assert.Null(EditionResolver.Latest(content));

        GitFixture.Git(project.Root, "2025-01-10T10:00:00", "tag", "-a", "edition-2025", "-m", "Édition imprimée");
        Assert.True(GitRepository.MayHaveTags(content));
        Assert.Equal("edition-2025", EditionResolver.Latest(content)!.Name);

        // git gc packs the refs: the tag is then a line of .git/packed-refs, no longer a file.
        GitFixture.Git(project.Root, null, "pack-refs", "--all");
        Assert.False(File.Exists(project.PathOf(".git/refs/tags/edition-2025")));
        Assert.True(GitRepository.MayHaveTags(content));
        Assert.Equal("edition-2025", EditionResolver.Latest(content)!.Name);

        GitFixture.Git(project.Root, null, "tag", "-d", "edition-2025");
        Assert.False(GitRepository.MayHaveTags(content));
    }
}
