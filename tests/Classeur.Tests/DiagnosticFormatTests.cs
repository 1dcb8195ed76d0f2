using System.Reflection;
using System.Text.Json;
using Classeur.Tests.Support;
using NJsonSchema;

namespace Classeur.Tests;

/// <summary>`check --format`: the same diagnostics as text, GitHub annotations, JSON and SARIF 2.1.0.</summary>
public sealed class DiagnosticFormatTests
{
    /// <summary>A site with one error (line 5, column 12) and one warning, both in the same fiche.</summary>
    private static TempProject BrokenSite()
    {
        var site = FixtureSite.Create();
        site.Write("content/reperes/I-B-2-casse.md",
            "---\nid: I-B-2\ntype: repere\ntitle: \"Cassée, vraiment : oui\"\nsee_also: [I-Z-9]\n---\n\nDu <br> et <b>.\n");
        return site;
    }

    [Fact]
    public void Text_is_the_default_and_stays_the_msbuild_canonical_form_without_colour_when_redirected()
    {
        using var site = BrokenSite();
        var (code, output, _) = ClasseurCommand.Run("check", "--project", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/reperes/I-B-2-casse.md(5,12): error CLS0201: la fiche « I-Z-9 » n'existe pas.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        var explicitText = ClasseurCommand.Run("check", "--format", "text", "--project", site.Root).Output;
        Assert.Equal(Diagnostics(output), Diagnostics(explicitText));
    }

    [Fact]
    public void Colour_paints_only_the_severity_and_code()
    {
        using var site = BrokenSite();
        using var output = new StringWriter();
        Classeur.Cli.CommandLine.Run(["check", "--project", site.Root], output, TextWriter.Null, colour: true);
        Assert.Contains("content/reperes/I-B-2-casse.md(5,12): \u001b[31;1merror CLS0201\u001b[0m: la fiche", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\u001b[33;1mwarning CLS0301\u001b[0m", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Github_format_prints_one_workflow_command_per_diagnostic_with_escaped_properties()
    {
        using var site = BrokenSite();
        var (code, output, _) = ClasseurCommand.Run("check", "--format", "github", "--project", site.Root);
        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("::error file=content/reperes/I-B-2-casse.md,line=5,col=12,title=CLS0201 Fiche inconnue::la fiche « I-Z-9 » n'existe pas.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::warning file=content/reperes/I-B-2-casse.md,line=8,col=", lines[1], StringComparison.Ordinal);
        Assert.Contains("title=CLS0301 HTML brut échappé::", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Vérification en échec", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_parses_back_to_the_same_diagnostics_and_counts()
    {
        using var site = BrokenSite();
        var (code, output, error) = ClasseurCommand.Run("check", "--format", "json", "--project", site.Root);
        Assert.Equal(1, code);
        // Standard error: the stages, then the summary, so that standard output is JSON only.
        Assert.StartsWith("Vérification en échec", error.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(11, root.GetProperty("fiches").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal("CLS0201", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("content/reperes/I-B-2-casse.md", first.GetProperty("file").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal(12, first.GetProperty("column").GetInt32());
        Assert.StartsWith("la fiche « I-Z-9 »", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_output_validates_against_the_official_sarif_2_1_0_schema()
    {
        using var site = BrokenSite();
        var (code, output, _) = ClasseurCommand.Run("check", "--format", "sarif", "--project", site.Root);
        Assert.Equal(1, code);

        var schema = await JsonSchema.FromFileAsync(SarifSchemaPath());
        var errors = schema.Validate(output);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        using var document = JsonDocument.Parse(output);
        var run = document.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        var result = results[0];
        Assert.Equal("CLS0201", result.GetProperty("ruleId").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("CLS0201", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("content/reperes/I-B-2-casse.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task The_schema_check_is_not_vacuous_it_rejects_a_broken_sarif_log()
    {
        var schema = await JsonSchema.FromFileAsync(SarifSchemaPath());
        Assert.NotEmpty(schema.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[{"level":"fatal"}]}]}"""));
    }

    [Fact]
    public void A_clean_site_gives_empty_but_valid_documents()
    {
        using var site = FixtureSite.Create();
        var (code, output, _) = ClasseurCommand.Run("check", "--format", "sarif", "--project", site.Root);
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(0, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Equal(2, ClasseurCommand.Run("check", "--format", "xml", "--project", site.Root).ExitCode);
    }

    private static string[] Diagnostics(string output) => output.Split('\n').Where(l => l.StartsWith("content/", StringComparison.Ordinal)).ToArray();

    private static string SarifSchemaPath() =>
        typeof(DiagnosticFormatTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SarifSchema").Value!;
}
