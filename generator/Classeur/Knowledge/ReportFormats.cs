using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>`classeur report` in French: a text for people, or JSON (French keys) for tools.</summary>
public static class ReportFormats
{
    /// <summary>The sections in the order they are printed: JSON key, French title.</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> Sections =
    [
        ("fiches_orphelines", "Fiches orphelines (citées par aucune autre fiche)"),
        ("mots_cles_d_une_seule_fiche", "Mots clefs d’une seule fiche"),
        ("notices_jamais_citees", "Notices de la bibliographie jamais citées"),
        ("liens_a_sens_unique", "« Pour aller plus loin » à sens unique (la fiche citée ne renvoie pas en retour)"),
        ("fiches_sans_mots_cles", "Fiches sans mots clefs"),
        ("experiences_sans_contact", "Expériences sans contact"),
        ("adresses_par_domaine", "Adresses externes par domaine"),
        ("corrections_editoriales", "Corrections éditoriales (le texte imprimé et le texte publié)"),
    ];

    /// <summary>The words for a correction's missing side: nothing was printed, or the printed text was removed.</summary>
    public const string NothingPrinted = "(rien d’imprimé)";

    public const string Removed = "(retiré)";

    /// <summary>Each section as lines of text, in <see cref="Sections"/>' order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Lines(EditorialReport report) =>
    [
        report.Orphans.Select(Name).ToList(),
        report.SingleKeywords.Select(p => $"{p.Keyword.Display} : {p.Fiche.Id.Value}").ToList(),
        report.UncitedRecords.Select(r => $"{r.Id} : {r.Citation}").ToList(),
        report.OneWaySeeAlso.Select(l => $"{l.From.Id.Value} → {l.To.Id.Value} (pas de retour de {l.To.Id.Value} vers {l.From.Id.Value})").ToList(),
        report.WithoutKeywords.Select(Name).ToList(),
        report.ExperiencesWithoutContacts.Select(Name).ToList(),
        report.Domains.Select(d => $"{d.Domain} ({Count(d.Urls.Count, "adresse", "adresses")}) : "
            + string.Join(" ; ", d.Urls.Select(u => $"{u.Url} ({string.Join(", ", u.Places)})"))).ToList(),
        report.Corrections.Select(Correction).ToList(),
    ];

    /// <summary>« III-17, Points de vigilance : « …par à… » → « …pas à… » (coquille) ».</summary>
    public static string Correction(FicheCorrection c) =>
        $"{c.Fiche.Id.Value}{(c.Correction.Where is { } where ? ", " + where : "")} : "
        + $"{Quoted(c.Correction.Printed, NothingPrinted)} → {Quoted(c.Correction.Corrected, Removed)}"
        + (c.Correction.Reason is { } reason ? $" ({reason})" : "");

    private static string Quoted(string? text, string missing) => text is null ? missing : $"« {text} »";

    public static string Text(EditorialReport report, string title)
    {
        var text = new StringBuilder().Append("Rapport éditorial : ").Append(title).Append('\n');
        var lines = Lines(report);
        for (var i = 0; i < Sections.Count; i++)
        {
            text.Append('\n').Append(Sections[i].Title).Append(" : ").Append(lines[i].Count).Append('\n');
            foreach (var line in lines[i]) text.Append("  ").Append(line).Append('\n');
            if (lines[i].Count == 0) text.Append("  (aucune)\n");
        }
        return text.ToString();
    }

    public static string Json(EditorialReport report)
    {
        var json = new JsonObject
        {
            ["fiches_orphelines"] = Fiches(report.Orphans),
            ["mots_cles_d_une_seule_fiche"] = new JsonArray([.. report.SingleKeywords.Select(p => (JsonNode)new JsonObject
            {
                ["mot_cle"] = p.Keyword.Id, ["libelle"] = p.Keyword.Display, ["fiche"] = p.Fiche.Id.Value,
            })]),
            ["notices_jamais_citees"] = new JsonArray([.. report.UncitedRecords.Select(r => (JsonNode)new JsonObject
            {
                ["notice"] = r.Id, ["titre"] = r.Title, ["url"] = r.Url,
            })]),
            ["liens_a_sens_unique"] = new JsonArray([.. report.OneWaySeeAlso.Select(l => (JsonNode)new JsonObject
            {
                ["de"] = l.From.Id.Value, ["vers"] = l.To.Id.Value,
            })]),
            ["fiches_sans_mots_cles"] = Fiches(report.WithoutKeywords),
            ["experiences_sans_contact"] = Fiches(report.ExperiencesWithoutContacts),
            ["adresses_par_domaine"] = new JsonArray([.. report.Domains.Select(d => (JsonNode)new JsonObject
            {
                ["domaine"] = d.Domain,
                ["adresses"] = new JsonArray([.. d.Urls.Select(u => (JsonNode)new JsonObject
                {
                    ["url"] = u.Url, ["ou"] = new JsonArray([.. u.Places.Select(p => (JsonNode)p)]),
                })]),
            })]),
            ["corrections_editoriales"] = new JsonArray([.. report.Corrections.Select(c => (JsonNode)new JsonObject
            {
                ["fiche"] = c.Fiche.Id.Value, ["ou"] = c.Correction.Where, ["imprime"] = c.Correction.Printed,
                ["publie"] = c.Correction.Corrected, ["raison"] = c.Correction.Reason,
            })]),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonArray Fiches(IEnumerable<Fiche> fiches) =>
        new([.. fiches.Select(f => (JsonNode)new JsonObject { ["id"] = f.Id.Value, ["titre"] = f.Title })]);

    private static string Name(Fiche fiche) => fiche.CitationText;

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
