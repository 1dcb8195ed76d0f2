namespace Classeur.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something else. Never: the content, the
/// templates, the project root or any folder that contains them, the file system root, the home
/// folder, a Git repository. Unless asked (--ecraser): a folder that holds files Classeur did not
/// write, told by the marker every build leaves (<see cref="SiteMarker"/>).
/// </summary>
internal static class OutputGuard
{
    private const string Dedicated = " Choisissez un dossier dédié, par exemple _site";

    public static string? Refusal(string outputDirectory, string projectRoot, IEnumerable<string> protectedDirectories, bool overwrite = false)
    {
        var output = Normalise(outputDirectory);
        if (Path.GetPathRoot(output) == output) return "c'est la racine du disque." + Dedicated;
        if (output == Normalise(projectRoot)) return "c'est la racine du projet." + Dedicated;
        if (IsUnderOrSame(Normalise(projectRoot), output)) return "il contient le projet." + Dedicated;
        foreach (var directory in protectedDirectories.Select(Normalise))
        {
            if (directory == output) return "c'est un dossier source du projet (contenu ou gabarits)." + Dedicated;
            if (IsUnderOrSame(directory, output)) return "il contient un dossier source du projet (contenu ou gabarits)." + Dedicated;
            if (IsUnderOrSame(output, directory)) return "il est à l'intérieur d'un dossier source du projet (contenu ou gabarits)." + Dedicated;
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && output == Normalise(home)) return "c'est le dossier personnel." + Dedicated;
        if (Path.GetFileName(output) == ".git" || Path.Exists(Path.Combine(output, ".git")))
            return "c'est un dépôt Git, ou son dossier .git." + Dedicated;
        if (overwrite) return null;
        IReadOnlyList<string> names;
        try
        {
            if (SiteMarker.IsReplaceable(output)) return null;
            names = SiteMarker.ForeignEntries(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "son contenu ne peut pas être lu (vérifiez ses droits)." + Dedicated;
        }
        return $"il n'a pas été écrit par Classeur, et le remplacer effacerait ce qu'il contient ({string.Join(", ", names.Select(n => $"« {n} »"))}{(names.Count == 3 ? "…" : "")})."
            + Dedicated + ", ou ajoutez l'option --ecraser pour le remplacer quand même";
    }

    private static string Normalise(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or lies below it.</summary>
    private static bool IsUnderOrSame(string path, string ancestor) =>
        path == ancestor || path.StartsWith(ancestor + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
