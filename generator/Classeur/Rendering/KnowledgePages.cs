using Classeur.Configuration;
using Classeur.Knowledge;
using Classeur.Model;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>The manual-wide pages of the knowledge base, each with its template and view model.</summary>
internal sealed class KnowledgePages(Manual manual, SiteConfig config, FranceMap? map)
{
    public const string ReportUrl = "rapport/index.html";

    /// <summary>The pages, whose models are worked out only when asked for: a preview that keeps a page never builds its model.</summary>
    public IEnumerable<KnowledgePage> All()
    {
        var links = new Lazy<ManualLinks>(() => new ManualLinks(manual));
        yield return new KnowledgePage(TerritoriesViewModel.Url, config.Label("territoires"), "territoires",
            common => new TerritoriesPage(common, new TerritoriesViewModel(manual, config, map).Build()));
        yield return new KnowledgePage(GraphViewModel.Url, config.Label("graphe"), "graphe",
            common => new GraphPage(common, new GraphViewModel(config, new ManualGraph(manual, links.Value)).Build()));
        // For the federation's staff: reachable by its address, absent from the navigation and from search engines.
        yield return new KnowledgePage(ReportUrl, config.Label("rapport"), "rapport", common => new ReportPage(common, ReportSections(links.Value)), NoIndex: true);
    }

    private List<ReportSection> ReportSections(ManualLinks links)
    {
        var report = new EditorialReport(manual, links);
        var lines = ReportFormats.Lines(report);
        var sections = ReportFormats.Sections.Select((section, i) => new ReportSection(
            "rapport-" + (i + 1),
            section.Title,
            lines[i].Count,
            lines[i],
            // Domains read better as a list of addresses under each domain than as one long line.
            section.Key == "adresses_par_domaine"
                ? report.Domains.Select(d => new ReportDomain(d.Domain, d.Urls.Count == 1 ? "1 adresse" : $"{d.Urls.Count} adresses",
                    d.Urls.Select(u => new ReportUrl(u.Url, string.Join(", ", u.Places))).ToList())).ToList()
                : null,
            // The printed form beside the published one, each with its fiche.
            section.Key == "corrections_editoriales"
                ? report.Corrections.Select(c => new ReportCorrection(
                    ViewModels.Link(ReportUrl, c.Fiche),
                    c.Correction.Where,
                    c.Correction.Printed ?? ReportFormats.NothingPrinted,
                    c.Correction.Printed is not null,
                    c.Correction.Corrected ?? ReportFormats.Removed,
                    c.Correction.Corrected is not null,
                    c.Correction.Reason)).ToList()
                : null)).ToList();
        return sections;
    }
}
