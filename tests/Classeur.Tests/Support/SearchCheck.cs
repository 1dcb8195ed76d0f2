using System.Diagnostics;
using System.Text.Json;

namespace Classeur.Tests.Support;

/// <summary>Runs tests/search/check.mjs in Node (the browser's search engine on built files) and fails with what it printed.</summary>
public static class SearchCheck
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "search", "check.mjs");

    /// <summary>The data a file of the search (assets/recherche/NAME.js in the site) hands to the page; checks it names itself.</summary>
    public static JsonElement Data(string site, string name)
    {
        var script = File.ReadAllText(Path.Combine(site, "assets", "recherche", name + ".js"));
        var prefix = $"classeurRecherche.recu(\"{name}\",";
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(");\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..^3]).RootElement;
    }

    public static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"check.mjs {arguments[0]}:\n{error}\n{output.Result}");
        return output.Result;
    }
}
