namespace Classeur.Diagnostics.Formats;

/// <summary>
/// The MSBuild canonical line, optionally coloured for a terminal: the severity word in red or
/// yellow. The caller decides colour (never when the output is redirected, so files and problem
/// matchers get plain text).
/// </summary>
public static class TextReport
{
    private const string Red = "\u001b[31;1m";
    private const string Yellow = "\u001b[33;1m";
    private const string Reset = "\u001b[0m";

    public static string Format(Diagnostic diagnostic, bool colour)
    {
        var plain = diagnostic.ToString();
        if (!colour) return plain;
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var marker = $": {kind} {diagnostic.Code}:";
        var at = plain.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return plain;
        var paint = diagnostic.Severity == Severity.Error ? Red : Yellow;
        return plain[..(at + 2)] + paint + kind + " " + diagnostic.Code + Reset + plain[(at + marker.Length - 1)..];
    }
}
