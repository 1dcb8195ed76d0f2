namespace Classeur.Tests.Support;

/// <summary>Where the repository and its test data are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string TestProject => Path.Combine(Root, "tests", "Classeur.Tests");

    public static string Sites => Path.Combine(TestProject, "Sites");

    /// <summary>
    /// The sources the content was converted from (the 2010 manual, the library's documents) and the
    /// printed index: test data kept in the repository, so that a plain clone passes its tests.
    /// </summary>
    public static string Sources => Path.Combine(TestProject, "Sources");

    /// <summary>A file of <see cref="Sources"/>; a test that needs it fails, clearly, when it is missing.</summary>
    public static string Source(string name)
    {
        var path = Path.Combine(Sources, name);
        Assert.True(File.Exists(path), $"Donnée de test absente : {path}. Elle fait partie du dépôt (tests/Classeur.Tests/Sources/) : restaurez-la avec git.");
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Classeur.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("Repository root (Classeur.slnx) not found above " + AppContext.BaseDirectory);
    }
}
