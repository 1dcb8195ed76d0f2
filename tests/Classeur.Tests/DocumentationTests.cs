using Classeur.Diagnostics;
using Classeur.Parsing;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The README, docs/ and the editing guide stay true to the code: every code and every field is documented.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void The_diagnostics_page_lists_every_diagnostic_code_with_its_severity()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var severity = descriptor.DefaultSeverity == Severity.Error ? "erreur" : "avertissement";
            Assert.Contains($"| `{descriptor.Code}` | {severity} | {descriptor.Title} |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_editing_guide_documents_every_front_matter_field()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "README.md"));
        var fields = FrontMatterSchema.AllFields
            .Concat(FrontMatterSchema.ContactFields)
            .Concat(FrontMatterSchema.TerritoryFields)
            .Concat(FrontMatterSchema.ResourceFields)
            .Distinct();
        foreach (var field in fields)
            Assert.Contains(field + ":", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_gives_the_two_commands_that_ci_runs()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run"));
        Assert.Contains("dotnet run --project generator/Classeur.Cli -- build", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project generator/Classeur.Cli -- build", ci, StringComparison.Ordinal);
    }
}
