using System.Text.RegularExpressions;
using System.Xml.Linq;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The README's « installez la commande » block, run line by line as written from the repository's
/// folder: dotnet pack, dotnet tool install -g, classeur --version, classeur check. The tool goes into
/// a throw-away home (DOTNET_CLI_HOME), as on a fresh machine, without touching this one's tools.
/// </summary>
[Collection(GeneratorPublishingCollection.Name)]
public sealed partial class InstallTests
{
    [Fact]
    [Trait("Category", "Lent")]
    public void The_readme_installs_the_classeur_command_which_then_checks_the_manual()
    {
        var lines = InstallBlock();
        Assert.Equal(6, lines.Count);
        Assert.All(lines[..3], line => Assert.StartsWith("dotnet pack generator/Classeur.Cli ", line, StringComparison.Ordinal));
        Assert.StartsWith("dotnet tool install -g Classeur.Tool ", lines[3], StringComparison.Ordinal);
        Assert.Equal(["classeur --version", "classeur check"], lines[4..]);

        using var home = new TempProject();
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_HOME"] = home.Root,
            // The packages this machine already restored: the pack needs no network.
            ["NUGET_PACKAGES"] = Shell.NuGetPackages,
            // What `dotnet tool install -g` asks the user to add to PATH.
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") + ":" + Path.Combine(home.Root, ".dotnet", "tools"),
        };
        var outputs = new List<string>();
        foreach (var line in lines)
        {
            var (code, output) = Shell.Run(line, RepositoryPaths.Root, environment);
            Assert.True(code == 0, $"« {line} » → {code}\n{output}");
            outputs.Add(output);
        }

        var version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "generator", "Classeur.Cli", "Classeur.Cli.csproj")).Descendants("Version").Single().Value;
        Assert.Equal(version, outputs[4].Trim());
        // Standard output, then standard error (its stages): the summary is a line of its own.
        Assert.Matches(@"(?m)^Vérification terminée : \d+ fiches, 0 erreur, 0 avertissement, en \d+,\d\d s\.$", outputs[5]);
        // On Linux x64 the command installed is the native executable, not the framework-dependent tool.
        var installed = Directory.EnumerateFiles(Path.Combine(home.Root, ".dotnet", "tools"), "Classeur.Cli", SearchOption.AllDirectories).ToList();
        Assert.True(installed.Count == 1, "attendu : l’exécutable natif Classeur.Cli parmi les outils installés ; trouvé : " + string.Join(", ", installed));
        Assert.Contains("linux-x64", installed[0], StringComparison.Ordinal);
        // `print` runs in the print executable packed beside it (a package keeps no file modes: classeur makes it executable).
        var (printCode, printHelp) = Shell.Run("classeur print --help", RepositoryPaths.Root, environment);
        Assert.True(printCode == 0, printHelp);
        Assert.Contains("produit un PDF par fiche", printHelp, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(installed[0])!, "classeur-impression"));
        // Symbols stay out of the package: 180 MB that no user of the tool reads.
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(installed[0])!, "*.dbg"));
    }

    /// <summary>The code block of the README that installs the tool.</summary>
    private static List<string> InstallBlock()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var block = CodeBlock().Matches(readme).Select(m => m.Groups[1].Value).SingleOrDefault(b => b.Contains("dotnet tool install", StringComparison.Ordinal));
        Assert.True(block is not null, "Le README doit montrer comment installer la commande classeur.");
        return [.. block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
