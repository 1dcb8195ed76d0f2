namespace Classeur.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something else: the content, the
/// templates, the project root or any folder that contains them, or the file system root.
/// </summary>
public static class OutputGuard
{
    public static string? Refusal(string outputDirectory, string projectRoot, IEnumerable<string> protectedDirectories)
    {
        var output = Normalise(outputDirectory);
        if (Path.GetPathRoot(output) == output) return "c'est la racine du disque";
        if (output == Normalise(projectRoot)) return "c'est la racine du projet";
        if (IsUnderOrSame(Normalise(projectRoot), output)) return "il contient le projet";
        foreach (var directory in protectedDirectories.Select(Normalise))
        {
            if (directory == output) return "c'est un dossier source du projet (contenu ou gabarits)";
            if (IsUnderOrSame(directory, output)) return "il contient un dossier source du projet (contenu ou gabarits)";
            if (IsUnderOrSame(output, directory)) return "il est à l'intérieur d'un dossier source du projet (contenu ou gabarits)";
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 && output == Normalise(home) ? "c'est le dossier personnel" : null;
    }

    private static string Normalise(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or lies below it.</summary>
    private static bool IsUnderOrSame(string path, string ancestor) =>
        path == ancestor || path.StartsWith(ancestor + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
