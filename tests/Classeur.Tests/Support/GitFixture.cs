using System.Diagnostics;

namespace Classeur.Tests.Support;

/// <summary>Makes a test project a git repository with dated commits and tags, as federation staff would.</summary>
public static class GitFixture
{
    /// <summary>Runs git in <paramref name="directory"/>; <paramref name="date"/> (ISO 8601) dates a commit.</summary>
    public static string Git(string directory, string? date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-c", "user.name=Équipe fédérale", "-c", "user.email=equipe@example.org", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", .. args])
            start.ArgumentList.Add(arg);
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)}: {errors.Result}");
        return output;
    }

    /// <summary>Commits everything in the project.</summary>
    public static void CommitAll(TempProject project, string message, string date)
    {
        Git(project.Root, date, "add", "-A");
        Git(project.Root, date, "commit", "-q", "-m", message);
    }
}
