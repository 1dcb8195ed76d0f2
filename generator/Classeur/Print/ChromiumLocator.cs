namespace Classeur.Print;

/// <summary>
/// Finds the Chromium that prints the PDFs. An explicit choice (option, environment variable,
/// site.yml) is used as given and never replaced by a guess, so a typo is reported rather than hidden;
/// only without one are the usual system paths tried. Classeur never downloads a browser.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "CLASSEUR_CHROMIUM";

    public static readonly IReadOnlyList<string> SystemPaths =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The first explicit choice, in order of precedence, or the first system path that exists.</summary>
    public static ChromiumSearch Find(string? fromOption, string? fromEnvironment, string? fromConfig, Func<string, bool>? exists = null)
    {
        exists ??= File.Exists;
        var explicitChoice = new[] { fromOption, fromEnvironment, fromConfig }.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
        var candidates = explicitChoice is null ? SystemPaths : [explicitChoice];
        var found = candidates.FirstOrDefault(exists);
        return new ChromiumSearch(found, candidates);
    }
}
