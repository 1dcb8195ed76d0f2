using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Classeur.Cli;

/// <summary>
/// Where `classeur print` runs. The native command leaves Chromium's driver out (PuppeteerSharp is more
/// than half of the data every native executable rehydrates at start-up: 18.8 → 8.9 MB, ~40 ms of every
/// command) and hands `print` to classeur-impression, the same command with the driver, published beside
/// it. The JIT-compiled command (dotnet run, the tool elsewhere than Linux x64) prints in its own process.
/// </summary>
internal static class PrintProcess
{
    private const string Switch = "Classeur.Cli.PrintInProcess";

    /// <summary>The print executable's name, beside the native command (Classeur.Impression).</summary>
    public const string Executable = "classeur-impression";

    /// <summary>False only in the native command (Classeur.Cli.csproj): the compiler then drops the in-process print path and the driver with it.</summary>
    [FeatureSwitchDefinition(Switch)]
    public static bool InProcess => !AppContext.TryGetSwitch(Switch, out var enabled) || enabled;

    /// <summary>Runs the print executable with the same arguments, on the same terminal, and returns its exit code.</summary>
    public static int Forward(IReadOnlyList<string> args, TextWriter error)
    {
        var path = Path.Combine(AppContext.BaseDirectory, Executable + (OperatingSystem.IsWindows() ? ".exe" : ""));
        if (!File.Exists(path))
        {
            error.WriteLine($"classeur : l'exécutable d'impression est introuvable ({path}). Il est publié à côté de classeur : "
                + "réinstallez la commande (voir le README), ou lancez `dotnet run --project generator/Classeur.Cli -- print` depuis le dépôt.");
            return PrintCommand.NoChromium;
        }
        MakeExecutable(path);
        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Ctrl+C reaches both processes (one process group): the print stops, this one waits for its last words.
        using var interrupt = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => signal.Cancel = true);
        try
        {
            using var child = Process.Start(start)!;
            child.WaitForExit();
            return child.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error.WriteLine($"classeur : l'exécutable d'impression ({path}) n'a pas pu démarrer : {e.Message}. Réinstallez la commande (voir le README).");
            return PrintCommand.NoChromium;
        }
    }

    /// <summary>A tool package does not keep file modes: only the command's own entry point is made executable on install.</summary>
    private static void MakeExecutable(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var mode = File.GetUnixFileMode(path);
        if (mode.HasFlag(UnixFileMode.UserExecute)) return;
        try
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to change: starting it says why in the error that follows.
        }
    }
}
