using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Classeur.Tests.Support;

/// <summary>
/// The `classeur` command run as a real process (the built Classeur.Cli.dll), for what only a process
/// shows: a signal (Ctrl+C), an exception that would end it, a server that must stay up.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    public CliProcess(params string[] args)
        : this(new Dictionary<string, string>(), args)
    {
    }

    /// <param name="environment">Variables added to the process's environment.</param>
    public CliProcess(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Classeur.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_error) return _error.ToString();
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the output, or fails after <paramref name="patience"/>.</summary>
    public async Task<string> WaitForOutput(Func<string, bool> condition, TimeSpan patience, string what)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            var output = Output;
            if (condition(output)) return output;
            if (HasExited) throw new InvalidOperationException($"the process ended ({ExitCode}) before {what}.\n{Output}\n{Error}");
            await Task.Delay(20);
        }
        throw new TimeoutException($"no {what} after {patience.TotalSeconds} s.\n{Output}\n{Error}");
    }

    public bool WaitForExit(TimeSpan patience)
    {
        if (!_process.WaitForExit(patience)) return false;
        _process.WaitForExit(); // the output fully read
        return true;
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public void Interrupt() => Assert.Equal(0, Kill(_process.Id, 2));

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null) return;
        lock (builder) builder.Append(line).Append('\n');
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
