using System.Collections;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classeur.Cli;

/// <summary>
/// A large manual is built with the server garbage collector, a small one with the workstation collector.
/// At ×100 (4,522 fiches, 53 MB of Markdown) the collector is about a third of the build's CPU, and the
/// workstation collector runs it on one core while the other waits; the server one (with its dynamic
/// adaptation, .NET's default) marks and compacts on both: published command, 5 alternated runs, 6.34 → 5.70 s,
/// peak 551 → 607 MB (Hugo ~730 MB). Below, it costs more than it saves (more fresh memory to clear): ×10
/// 0.77 → 0.82 s, ×30 2.00 → 2.09 s; the manual's build is not touched (0.24 s either way). A process chooses
/// its collector when it starts, so the native command starts itself again (execve: same arguments, same
/// process id, nothing printed yet) with DOTNET_gcServer=1 and the settings of <see cref="RestartVariables"/>
/// when the manual's Markdown passes <see cref="LargeManualBytes"/>. A DOTNET_gcServer set by the user is left
/// as it is; a command run by the dotnet host and Windows keep the workstation collector.
/// </summary>
public static class CollectorChoice
{
    /// <summary>Between ×30 (16 MB, still slower with the server collector) and ×100 (53 MB, faster).</summary>
    public const long LargeManualBytes = 32L << 20;

    private const string ServerSetting = "DOTNET_gcServer";

    private const string ConcurrentSetting = "DOTNET_gcConcurrent";

    private const string LargeObjectSetting = "DOTNET_GCLOHThreshold";

    /// <summary>4 MiB, in hexadecimal as the runtime reads its settings.</summary>
    public const string LargeObjectThreshold = "400000";

    /// <summary>For tests: another threshold, in bytes.</summary>
    private const string ThresholdSetting = "CLASSEUR_SEUIL_GC_SERVEUR";

    /// <summary>
    /// Whether this process could start again with the server collector: on Linux or macOS, with no collector
    /// chosen by the user, a command that starts itself (the native one, or the JIT's apphost under `dotnet run`:
    /// its runtime settings say no dynamic code either), not one started by the dotnet host.
    /// </summary>
    public static bool CanRestart =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && !RuntimeFeature.IsDynamicCodeSupported && !GCSettings.IsServerGC
        && Environment.GetEnvironmentVariable(ServerSetting) is null && !StartedByHost(Environment.ProcessPath);

    /// <summary>
    /// Whether <paramref name="processPath"/> is the dotnet host (`dotnet Classeur.Cli.dll build`, a local tool):
    /// started again with the command's own arguments, the host read « build » as its own command and ran
    /// MSBuild instead of the site's build. Its options (runtime configuration, dependencies) cannot be told
    /// from the command line the process sees, so such a run keeps the workstation collector.
    /// </summary>
    public static bool StartedByHost(string? processPath) =>
        processPath is null || Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts the command again with the server collector if the manual in <paramref name="content"/> is large; returns otherwise.</summary>
    public static void RestartIfLarge(string content)
    {
        if (!CanRestart) return;
        var threshold = long.TryParse(Environment.GetEnvironmentVariable(ThresholdSetting), out var t) ? t : LargeManualBytes;
        if (!IsLarge(content, threshold) || Environment.ProcessPath is not { } path) return;

        var arguments = Environment.GetCommandLineArgs();
        Console.Out.Flush();
        Console.Error.Flush();
        // Returns only if the executable could not be started again: the build then goes on as it is.
        Execute(path, arguments, RestartVariables(Environment.GetEnvironmentVariables()));
    }

    /// <summary>
    /// The environment of the command started again: <paramref name="environment"/> with the server collector and
    /// the settings a build wants of it, each left as the user set it if they did.
    /// </summary>
    public static string[] RestartVariables(IDictionary environment)
    {
        var variables = environment.Cast<DictionaryEntry>().Select(e => $"{e.Key}={e.Value}").Append($"{ServerSetting}=1");
        // Without background collections: a build has no pause to hide, and marking beside the threads that
        // allocate cost more than stopping them (×100, 10 alternated runs: 6.15 → 5.83 s, CPU 10.8 → 10.3 s).
        // Not for the workstation collector: ×1 and ×10 are slower without it (0.27 → 0.30 s, 0.91 → 1.03 s).
        if (!environment.Contains(ConcurrentSetting)) variables = variables.Append($"{ConcurrentSetting}=0");
        // Arrays up to 4 MiB allocated young, not on the large object heap: the collector's dynamic adaptation
        // gives that heap a small budget, and at ×100 the search index's arrays (about 130 MB of them, from
        // 85 KB to a few MB) set off three full blocking collections, each marking the whole manual's trees
        // again; now one (runtime events). ×100, 6 alternated runs: 4.95 → 4.67 s, CPU 6.90 → 6.43 s,
        // « recherche » 1.50 → 1.32 s, peak 547 → 560 MiB; 16 and 64 MiB did no better.
        if (!environment.Contains(LargeObjectSetting)) variables = variables.Append($"{LargeObjectSetting}={LargeObjectThreshold}");
        return [.. variables];
    }

    /// <summary>Whether the Markdown files under <paramref name="content"/> weigh at least <paramref name="threshold"/> bytes (false if it cannot be read).</summary>
    public static bool IsLarge(string content, long threshold)
    {
        if (!Directory.Exists(content)) return false;
        long total = 0;
        try
        {
            foreach (var file in new DirectoryInfo(content).EnumerateFiles("*.md", new EnumerationOptions { RecurseSubdirectories = true }))
            {
                total += file.Length;
                if (total >= threshold) return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The build reads the content itself and says what is wrong with it.
        }
        return false;
    }

    private static void Execute(string path, string[] arguments, string[] variables)
    {
        var strings = new List<IntPtr>();
        IntPtr[] Block(string[] values)
        {
            var block = new IntPtr[values.Length + 1];
            for (var i = 0; i < values.Length; i++) strings.Add(block[i] = Marshal.StringToCoTaskMemUTF8(values[i]));
            return block;
        }
        try
        {
            _ = ExecVe(path, Block(arguments), Block(variables));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // No C library call to start again with: the workstation collector, then.
        }
        finally
        {
            strings.ForEach(Marshal.FreeCoTaskMem);
        }
    }

    [DllImport("libc", EntryPoint = "execve", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ExecVe([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr[] arguments, IntPtr[] variables);
}
