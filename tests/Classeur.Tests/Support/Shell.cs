using System.Diagnostics;
using System.Reflection;

namespace Classeur.Tests.Support;

/// <summary>Runs a script with bash, as a CI runner or a user's terminal would, and captures what it prints.</summary>
public static class Shell
{
    /// <summary>The NuGet packages folder of this build, so that a script with its own home still restores offline.</summary>
    public static string NuGetPackages { get; } =
        typeof(Shell).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;

    public static (int ExitCode, string Output) Run(string script, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>
    /// A copy of the repository's files as a checkout has them (tracked and new files, not what Git
    /// ignores: no bin/, obj/ nor node_modules/), without the folders given.
    /// </summary>
    public static TempProject CopyOfRepository(params string[] without)
    {
        var (code, listing) = Run("git ls-files -z --cached --others --exclude-standard | tr '\\0' '\\n'", RepositoryPaths.Root);
        Assert.True(code == 0, "Le dépôt doit être un dépôt Git (git ls-files) : " + listing);
        var copy = new TempProject();
        foreach (var file in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (without.Any(w => file.StartsWith(w + "/", StringComparison.Ordinal))) continue;
            var source = Path.Combine(RepositoryPaths.Root, file);
            if (!File.Exists(source)) continue; // deleted in the work tree, not yet in a commit
            var target = copy.PathOf(file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
        return copy;
    }
}
