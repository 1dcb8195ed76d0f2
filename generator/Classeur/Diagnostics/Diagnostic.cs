namespace Classeur.Diagnostics;

/// <summary>One problem found in the content, always data: it is printed by the caller, never thrown.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    /// <summary>MSBuild canonical form, read by editors and CI problem matchers.</summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {kind} {Code}: {Message}";
    }
}
