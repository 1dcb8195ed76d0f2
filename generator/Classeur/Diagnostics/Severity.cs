namespace Classeur.Diagnostics;

/// <summary>How serious a diagnostic is. Configuration may raise or lower it per code.</summary>
public enum Severity
{
    Warning,
    Error,
}
