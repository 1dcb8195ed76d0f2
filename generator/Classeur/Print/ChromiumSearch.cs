namespace Classeur.Print;

/// <summary>Where Chromium was looked for, and what was found (null when nothing was).</summary>
public sealed record ChromiumSearch(string? Path, IReadOnlyList<string> Tried)
{
    public bool Found => Path is not null;

    /// <summary>The French message for a user who has no Chromium: what was tried, and how to fix it.</summary>
    public string NotFoundMessage() =>
        $"aucun Chromium trouvé pour produire les PDF (essayé : {string.Join(", ", Tried)}). " +
        $"Installez-le (sous Debian : apt-get install chromium), ou indiquez son chemin avec --chromium, " +
        $"la variable d'environnement {ChromiumLocator.EnvironmentVariable} ou « print: chromium: » dans site.yml. " +
        "La commande build fonctionne sans Chromium.";
}
