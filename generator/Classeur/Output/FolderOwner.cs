using System.Diagnostics;

namespace Classeur.Output;

/// <summary>
/// Whether the process that made a working folder (its id is in the folder's name) still runs, so that
/// only the folders of dead runs are cleaned. A process id can be reused: a process that started after
/// the folder was made is not its owner.
/// </summary>
public static class FolderOwner
{
    public static bool IsRunning(int pid, DateTime createdUtc)
    {
        if (pid == Environment.ProcessId) return false; // this process knows its own folders
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime() <= createdUtc.AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true; // cannot tell: leave the folder
        }
    }
}
