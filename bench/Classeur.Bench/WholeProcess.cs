using System.Diagnostics;
using System.Globalization;

namespace Classeur.Bench;

/// <summary>
/// Runs the published command as a user does (a new process each time) and reads what GNU time says of
/// it: wall time, CPU time and peak memory. Without /usr/bin/time, only the wall time is known.
/// </summary>
public sealed record WholeProcess(double Seconds, double CpuSeconds, long PeakKiB, int ExitCode, string Output, string Error)
{
    public const string GnuTime = "/usr/bin/time";

    /// <summary>`dotnet publish -c Release` of the CLI into <paramref name="folder"/>: the command as installed.</summary>
    public static string Publish(string repository, string folder)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", "generator/Classeur.Cli", "-c", "Release", "-o", folder }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("dotnet publish a échoué :\n" + output + error.Result);
        return Path.Combine(folder, OperatingSystem.IsWindows() ? "Classeur.Cli.exe" : "Classeur.Cli");
    }

    public static WholeProcess Run(string command, params string[] arguments)
    {
        var timed = File.Exists(GnuTime);
        var start = new ProcessStartInfo(timed ? GnuTime : command) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (timed)
        {
            foreach (var arg in new[] { "-f", "classeur-bench %e %U %S %M", command }) start.ArgumentList.Add(arg);
        }
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var error = errorTask.Result;
        var figures = error.Split('\n').LastOrDefault(l => l.StartsWith("classeur-bench ", StringComparison.Ordinal))?.Split(' ');
        if (figures is null) return new WholeProcess(wall, double.NaN, 0, process.ExitCode, output, error);
        double Number(int i) => double.Parse(figures[i], CultureInfo.InvariantCulture);
        return new WholeProcess(Number(1), Number(2) + Number(3), long.Parse(figures[4], CultureInfo.InvariantCulture), process.ExitCode,
            output, string.Join('\n', error.Split('\n').Where(l => !l.StartsWith("classeur-bench ", StringComparison.Ordinal))));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
