using System.ComponentModel;
using System.Diagnostics;

namespace Classeur.Cli;

/// <summary>
/// The site's npm packages (lunr.js and lunr-languages for the search, the map of France, the fonts and
/// hyphenation of print), pinned in templates/package-lock.json. A fresh clone has no templates/node_modules:
/// the first build installs them with `npm ci`, saying so, since it takes a while. `check` never needs them.
/// </summary>
public static class BrowserPackagesInstaller
{
    /// <summary>The files of node_modules that the build, the map and print read.</summary>
    public static IEnumerable<string> NeededFiles => Build.TemplateLinks.ModuleFiles;

    /// <summary>
    /// Installs the packages when one of the needed files is missing. False when that failed (the build
    /// then reports what is missing, CLS0310); what was done is said on <paramref name="progress"/>.
    /// </summary>
    public static bool EnsureInstalled(string templatesDirectory, string templatesRelative, TextWriter progress, string npm = "npm")
    {
        if (!File.Exists(Path.Combine(templatesDirectory, "package-lock.json"))) return true;
        var modules = Path.Combine(templatesDirectory, "node_modules");
        if (NeededFiles.All(f => File.Exists(Path.Combine(modules, f.Replace('/', Path.DirectorySeparatorChar))))) return true;

        progress.WriteLine($"Première construction : installation des paquets du site dans {templatesRelative}/node_modules avec « npm ci » " +
            "(lunr.js et lunr-languages pour la recherche, le fond de carte, les polices et la césure de l'impression)…");
        var clock = Stopwatch.StartNew();
        var (code, log) = Run(templatesDirectory, npm);
        if (code is null)
        {
            progress.WriteLine("classeur : Node.js est introuvable (la commande npm n'existe pas). Installez Node.js avec npm " +
                "(https://nodejs.org, ou « apt-get install nodejs npm »), puis relancez la commande.");
            return false;
        }
        if (code != 0)
        {
            progress.WriteLine($"classeur : « npm ci » a échoué dans {templatesRelative} (code {code}). Sa sortie, en anglais :");
            foreach (var line in log.Split('\n').Where(l => l.Trim().Length > 0).TakeLast(15)) progress.WriteLine("  " + line.TrimEnd());
            return false;
        }
        progress.WriteLine($"Paquets du site installés en {Summary.Seconds(clock.Elapsed)}.");
        return true;
    }

    /// <summary>Runs `npm ci`, keeping its (English) output for a failure; null when npm is not installed.</summary>
    private static (int? Code, string Log) Run(string directory, string npm)
    {
        var start = new ProcessStartInfo
        {
            // npm is a script (npm.cmd) on Windows: only a shell starts it there.
            FileName = OperatingSystem.IsWindows() ? "cmd.exe" : npm,
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows()) foreach (var a in new[] { "/d", "/c", npm }) start.ArgumentList.Add(a);
        foreach (var a in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
        catch (Win32Exception)
        {
            return (null, "");
        }
    }
}
