namespace Classeur.Tests.Support;

/// <summary>
/// A test site made of Sites/base plus one case folder laid over it (files replaced or added), so
/// each invalid case holds only what makes it invalid.
/// </summary>
public static class FixtureSite
{
    public static TempProject Create(string? caseFolder = null)
    {
        var project = new TempProject().CopyFrom(Path.Combine(RepositoryPaths.Sites, "base")).WithTemplates();
        if (caseFolder is not null)
        {
            project.CopyFrom(caseFolder);
            var expected = project.PathOf("expected.txt");
            if (File.Exists(expected)) File.Delete(expected);
        }
        return project;
    }
}
