using System.Text;
using System.Text.Json;

namespace Classeur.Diagnostics.Formats;

/// <summary>
/// SARIF 2.1.0: one run of the tool « classeur », a rule per catalog code (with its French title
/// and default level), a result per diagnostic located by a URI relative to the project root.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Format(IReadOnlyList<Diagnostic> diagnostics, string toolVersion)
    {
        var rules = DiagnosticCatalog.All;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "classeur");
            json.WriteString("version", toolVersion);
            json.WriteString("language", "fr");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d, rules);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        var index = rules.ToList().FindIndex(r => r.Code == d.Code);
        if (index >= 0) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(d.Location.Path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", "SRCROOT");
        json.WriteEndObject();
        if (d.Location.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Location.Line);
            json.WriteNumber("startColumn", Math.Max(1, d.Location.Column));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
