namespace Classeur.Cli;

/// <summary>Finds the project: the folder given, or the nearest folder upwards that holds site.yml.</summary>
public static class ProjectLocator
{
    public static string? Find(string? given, string currentDirectory)
    {
        if (given is not null)
            return Directory.Exists(given) ? Path.GetFullPath(given) : null;
        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "site.yml"))) return directory.FullName;
        }
        return null;
    }
}
