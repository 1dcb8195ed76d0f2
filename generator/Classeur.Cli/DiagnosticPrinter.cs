using System.Reflection;
using Classeur.Build;
using Classeur.Diagnostics.Formats;

namespace Classeur.Cli;

/// <summary>
/// Prints a run's diagnostics in the chosen format. JSON and SARIF are whole documents on standard
/// output, so the French summary goes to standard error for them and a pipe gets valid JSON.
/// </summary>
public static class DiagnosticPrinter
{
    public static IReadOnlyList<string> FormatNames { get; } = ["text", "github", "json", "sarif"];

    public static DiagnosticFormat Parse(string? name) => name switch
    {
        "github" => DiagnosticFormat.Github,
        "json" => DiagnosticFormat.Json,
        "sarif" => DiagnosticFormat.Sarif,
        _ => DiagnosticFormat.Text,
    };

    public static void Print(BuildResult result, DiagnosticFormat format, bool colour, string summary, TextWriter output, TextWriter error)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                // Every fiche checked: the drafts a build would leave out too.
                output.WriteLine(JsonReport.Format(result.Diagnostics, result.FicheCount + result.UnpublishedDrafts.Count));
                error.WriteLine(summary);
                return;
            case DiagnosticFormat.Sarif:
                output.WriteLine(SarifReport.Format(result.Diagnostics, Version));
                error.WriteLine(summary);
                return;
            case DiagnosticFormat.Github:
                foreach (var diagnostic in result.Diagnostics)
                    output.WriteLine(GithubAnnotations.Format(diagnostic));
                output.WriteLine(summary);
                return;
            default:
                foreach (var diagnostic in result.Diagnostics)
                    output.WriteLine(TextReport.Format(diagnostic, colour));
                output.WriteLine(summary);
                return;
        }
    }

    /// <summary>The tool's version, without the source-revision suffix the SDK appends.</summary>
    public static string Version { get; } =
        (typeof(DiagnosticPrinter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0")
            .Split('+')[0];
}
