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

    /// <summary>
    /// The project every command starts from, or null after telling the user, on <paramref name="error"/>,
    /// why there is none and what to do: one message for every command.
    /// </summary>
    public static string? FindOrExplain(string? given, TextWriter error)
    {
        var root = Find(given, Directory.GetCurrentDirectory());
        if (root is not null) return root;
        error.WriteLine(given is null
            ? "classeur : aucun site.yml trouvé ici ni dans les dossiers parents. Lancez la commande depuis le dossier du projet, ou indiquez --project."
            : $"classeur : le dossier « {given} » n'existe pas. Indiquez avec --project le dossier du projet (celui qui contient site.yml).");
        error.Flush();
        return null;
    }
}
