namespace Classeur.Tests.Support;

/// <summary>Where the repository and its neighbour shared/ are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string TestProject => Path.Combine(Root, "tests", "Classeur.Tests");

    public static string Sites => Path.Combine(TestProject, "Sites");

    /// <summary>../shared beside the repository (seeds and design docs); tests may read it, the product never does.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Classeur.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("Repository root (Classeur.slnx) not found above " + AppContext.BaseDirectory);
    }
}
