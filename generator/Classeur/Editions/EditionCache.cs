using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classeur.Editions;

/// <summary>
/// The printed texts of a tagged edition, kept on disk between runs (in the user's cache folder,
/// ~/.cache/classeur, never in the project): every build of a tagged repository compares with the last
/// edition, and reading it back from Git and typesetting it again cost more than the rest of the build.
/// The key is everything the texts depend on: the tagged commit, the print templates, site.yml and this
/// version of Classeur. A missing or unreadable entry is simply computed again.
/// </summary>
internal static class EditionCache
{
    /// <summary>A folder of its own for a test, whatever the environment says.</summary>
    internal static readonly AsyncLocal<string?> FolderForTests = new();

    public static string? Folder
    {
        get
        {
            if (FolderForTests.Value is { } forTests) return forTests;
            var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } profile ? Path.Combine(profile, ".cache") : null;
            return Environment.GetEnvironmentVariable("CLASSEUR_CACHE") is { Length: > 0 } chosen ? chosen
                : home is null ? null : Path.Combine(home, "classeur", "editions");
        }
    }

    public static string Key(string commit, string projectRoot, string templatesDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(commit);
        Add(typeof(EditionCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        var siteYml = Path.Combine(projectRoot, "site.yml");
        Add(File.Exists(siteYml) ? File.ReadAllText(siteYml) : "");
        var print = Path.Combine(templatesDirectory, "impression");
        if (Directory.Exists(print))
        {
            foreach (var file in Directory.EnumerateFiles(print, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(Path.GetRelativePath(print, file));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static IReadOnlyList<PrintedFiche>? Read(string key)
    {
        if (Folder is not { } folder) return null;
        try
        {
            var path = Path.Combine(folder, key + ".json");
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), EditionJson.Default.ListPrintedFiche) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static void Write(string key, IReadOnlyList<PrintedFiche> fiches)
    {
        if (Folder is not { } folder) return;
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, key + ".json");
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes([.. fiches], EditionJson.Default.ListPrintedFiche));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache: the next build computes the texts again.
        }
    }
}

/// <summary>The cache's JSON, without reflection (Native AOT).</summary>
[JsonSerializable(typeof(List<PrintedFiche>))]
internal sealed partial class EditionJson : JsonSerializerContext;
