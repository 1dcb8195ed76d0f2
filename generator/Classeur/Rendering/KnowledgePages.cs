using Classeur.Configuration;
using Classeur.Knowledge;
using Classeur.Model;

namespace Classeur.Rendering;

/// <summary>The manual-wide pages of the knowledge base, each with its template and view model.</summary>
public sealed class KnowledgePages(Manual manual, SiteConfig config, FranceMap? map)
{
    public const string ReportUrl = "rapport/index.html";

    public IEnumerable<KnowledgePage> All()
    {
        yield return new KnowledgePage(TerritoriesViewModel.Url, config.Label("territoires"), "territoires",
            new() { ["territories"] = new TerritoriesViewModel(manual, config, map).Build() });
        var links = new ManualLinks(manual);
        yield return new KnowledgePage(GraphViewModel.Url, config.Label("graphe"), "graphe",
            new() { ["graph"] = new GraphViewModel(config, new ManualGraph(manual, links)).Build() });
        // For the federation's staff: reachable by its address, absent from the navigation and from search engines.
        var report = new EditorialReport(manual, links);
        var lines = ReportFormats.Lines(report);
        yield return new KnowledgePage(ReportUrl, config.Label("rapport"), "rapport", new()
        {
            ["sections"] = ReportFormats.Sections.Select((section, i) => new Dictionary<string, object?>
            {
                ["anchor"] = "rapport-" + (i + 1),
                ["title"] = section.Title,
                ["count"] = lines[i].Count,
                ["items"] = lines[i],
                // Domains read better as a list of addresses under each domain than as one long line.
                ["domains"] = section.Key == "adresses_par_domaine"
                    ? report.Domains.Select(d => new Dictionary<string, object?>
                    {
                        ["domain"] = d.Domain,
                        ["count"] = d.Urls.Count == 1 ? "1 adresse" : $"{d.Urls.Count} adresses",
                        ["urls"] = d.Urls.Select(u => new Dictionary<string, object?> { ["url"] = u.Url, ["places"] = string.Join(", ", u.Places) }).ToList(),
                    }).ToList()
                    : null,
                // The printed form beside the published one, each with its fiche.
                ["corrections"] = section.Key == "corrections_editoriales"
                    ? report.Corrections.Select(c => new Dictionary<string, object?>
                    {
                        ["link"] = ViewModels.Link(ReportUrl, c.Fiche),
                        ["where"] = c.Correction.Where,
                        ["printed"] = c.Correction.Printed ?? ReportFormats.NothingPrinted,
                        ["has_printed"] = c.Correction.Printed is not null,
                        ["corrected"] = c.Correction.Corrected ?? ReportFormats.Removed,
                        ["has_corrected"] = c.Correction.Corrected is not null,
                        ["reason"] = c.Correction.Reason,
                    }).ToList()
                    : null,
            }).ToList(),
        }, NoIndex: true);
    }
}
