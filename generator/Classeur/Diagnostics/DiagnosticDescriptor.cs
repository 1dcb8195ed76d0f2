using System.Globalization;

namespace Classeur.Diagnostics;

/// <summary>A kind of problem: its stable code, default severity, title and message template.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity DefaultSeverity, string Title, string MessageFormat)
{
    public Diagnostic Create(SourceLocation location, params object[] args) =>
        new(Code, DefaultSeverity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), location);
}
