namespace Classeur.Diagnostics.Formats;

/// <summary>How `check` prints its diagnostics: for a person, for a workflow, for a tool.</summary>
public enum DiagnosticFormat
{
    /// <summary>MSBuild canonical lines, read by editors and problem matchers (the default).</summary>
    Text,

    /// <summary>GitHub Actions workflow commands: each problem becomes an annotation on its line of the pull request.</summary>
    Github,

    /// <summary>One JSON document: the diagnostics and the counts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
    Sarif,
}
