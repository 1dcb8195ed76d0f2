using System.Text;

namespace Classeur.Diagnostics.Formats;

/// <summary>
/// GitHub Actions workflow commands (« ::error file=…,line=…,col=…,title=…::message »): the runner
/// turns each into an annotation on the line of the pull request's diff.
/// </summary>
public static class GithubAnnotations
{
    public static string Format(Diagnostic diagnostic)
    {
        var builder = new StringBuilder(diagnostic.Severity == Severity.Error ? "::error " : "::warning ");
        builder.Append("file=").Append(Property(diagnostic.Location.Path));
        if (diagnostic.Location.Line > 0)
        {
            builder.Append(",line=").Append(diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.Append(",col=").Append(Math.Max(1, diagnostic.Location.Column).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var title = DiagnosticCatalog.All.FirstOrDefault(d => d.Code == diagnostic.Code)?.Title;
        builder.Append(",title=").Append(Property(title is null ? diagnostic.Code : $"{diagnostic.Code} {title}"));
        builder.Append("::").Append(Data(diagnostic.Message));
        return builder.ToString();
    }

    /// <summary>The runner's escaping for a message: %, CR and LF.</summary>
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Properties also escape the separators « : » and « , ».</summary>
    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
