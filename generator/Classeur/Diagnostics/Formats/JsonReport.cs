using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classeur.Diagnostics.Formats;

/// <summary>
/// The diagnostics as one JSON document for scripts: every diagnostic with its code, severity, file,
/// line, column, title and message, then the counts. Written by hand with Utf8JsonWriter so the
/// property order is fixed and the output deterministic.
/// </summary>
public static class JsonReport
{
    public static string Format(IReadOnlyList<Diagnostic> diagnostics, int ficheCount)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("tool", "classeur");
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("file", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Line > 0 ? Math.Max(1, d.Location.Column) : 0);
                json.WriteString("title", DiagnosticCatalog.All.FirstOrDefault(c => c.Code == d.Code)?.Title ?? d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("fiches", ficheCount);
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Indented, and French text kept readable (« é », not « \u00e9 »).</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
