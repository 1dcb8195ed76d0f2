using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;

namespace Classeur.Editions;

/// <summary>
/// The few questions Classeur asks the git command about the repository that holds the content:
/// which commit a tag or a date names, the latest tag, and the content folder as it was then.
/// The git command is used rather than a library because it is what federation staff already
/// have, and it reads every repository format git itself writes.
/// </summary>
internal sealed class GitRepository
{
    private readonly string _topLevel;

    private GitRepository(string topLevel) => _topLevel = topLevel;

    /// <summary>The repository that holds <paramref name="directory"/>, or null when there is none (or no git).</summary>
    public static GitRepository? Find(string directory)
    {
        var (ok, output) = Run(directory, "rev-parse", "--show-toplevel");
        return ok && output.Length > 0 ? new GitRepository(Path.GetFullPath(output)) : null;
    }

    /// <summary>
    /// False only when it is certain, from the files alone, that no tag exists: no .git above
    /// <paramref name="directory"/>, or a plain .git folder without tag refs, loose or packed. Starting
    /// git costs tens of milliseconds, and a build asks this every time. Anything unusual (GIT_DIR,
    /// a worktree's .git file) answers true, and git itself is asked.
    /// </summary>
    public static bool MayHaveTags(string directory)
    {
        if (Environment.GetEnvironmentVariable("GIT_DIR") is { Length: > 0 }) return true;
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            var dotGit = Path.Combine(folder.FullName, ".git");
            if (File.Exists(dotGit)) return true;
            if (!Directory.Exists(dotGit)) continue;
            var tags = Path.Combine(dotGit, "refs", "tags");
            if (Directory.Exists(tags) && Directory.EnumerateFiles(tags, "*", SearchOption.AllDirectories).Any()) return true;
            var packed = Path.Combine(dotGit, "packed-refs");
            return File.Exists(packed) && File.ReadLines(packed).Any(l => l.Contains(" refs/tags/", StringComparison.Ordinal));
        }
        return false;
    }

    /// <summary>
    /// The path of <paramref name="directory"/> inside the repository, with forward slashes, as git
    /// sees it (asked of git, so that a symbolic link in the path cannot put it outside).
    /// </summary>
    public string Relative(string directory)
    {
        var (ok, prefix) = Run(directory, "rev-parse", "--show-prefix");
        return ok && prefix.Length > 0 ? prefix.TrimEnd('/') : Path.GetRelativePath(_topLevel, directory).Replace('\\', '/');
    }

    /// <summary>The commit a tag points at (annotated or not), or null.</summary>
    public string? Tag(string name) =>
        name.StartsWith('-') ? null : Single("rev-parse", "--verify", "--quiet", $"refs/tags/{name}^{{commit}}");

    /// <summary>The commit any other git name gives (a commit id, a branch, HEAD~3), or null.</summary>
    public string? Revision(string name) =>
        name.StartsWith('-') ? null : Single("rev-parse", "--verify", "--quiet", name + "^{commit}");

    /// <summary>The last commit of HEAD made before <paramref name="day"/> began, or null.</summary>
    public string? LastCommitBefore(DateOnly day) =>
        Single("rev-list", "-1", "--before=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00", "HEAD");

    /// <summary>The nearest tag reachable from HEAD: the latest edition of what is checked out.</summary>
    public string? LatestTag() => Single("describe", "--tags", "--abbrev=0", "HEAD");

    public IReadOnlyList<string> Tags()
    {
        var (ok, output) = Run(_topLevel, "tag", "--list", "--sort=-creatordate");
        return ok ? output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
    }

    /// <summary>When the tag was made (an annotated tag's own date, else its commit's): the day of the edition.</summary>
    public DateTimeOffset? TagDate(string name) => Parse(Single("for-each-ref", "--format=%(creatordate:iso-strict)", $"refs/tags/{name}"));

    /// <summary>When the commit was made.</summary>
    public DateTimeOffset? CommitDate(string commit) => Parse(Single("log", "-1", "--format=%cI", commit));

    private static DateTimeOffset? Parse(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// Writes the files under <paramref name="folder"/> (relative to the top level) as they were at
    /// <paramref name="commit"/> into <paramref name="target"/>; false when the folder did not exist then.
    /// </summary>
    public bool Extract(string commit, string folder, string target)
    {
        var start = Start(_topLevel, "archive", "--format=tar", commit, "--", folder);
        using var process = Process.Start(start);
        if (process is null) return false;
        var errors = process.StandardError.ReadToEndAsync();
        using (var reader = new TarReader(process.StandardOutput.BaseStream))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
                var relative = entry.Name.StartsWith(folder + "/", StringComparison.Ordinal) ? entry.Name[(folder.Length + 1)..] : entry.Name;
                var path = Path.GetFullPath(Path.Combine(target, relative));
                if (!path.StartsWith(Path.GetFullPath(target), StringComparison.Ordinal)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var file = File.Create(path);
                entry.DataStream.CopyTo(file);
            }
        }
        process.WaitForExit();
        _ = errors.Result;
        return process.ExitCode == 0;
    }

    private string? Single(params string[] arguments)
    {
        var (ok, output) = Run(_topLevel, arguments);
        return ok && output.Length > 0 ? output : null;
    }

    private static (bool Ok, string Output) Run(string directory, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(Start(directory, arguments));
            if (process is null) return (false, "");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return (process.ExitCode == 0, output.Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, ""); // No git on this machine: there is simply no history to compare with.
        }
    }

    private static ProcessStartInfo Start(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Messages and dates stay the same whatever the user's locale or pager settings.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_PAGER"] = "cat";
        return start;
    }
}
