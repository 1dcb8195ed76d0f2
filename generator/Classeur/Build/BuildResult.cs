using Classeur.Diagnostics;

namespace Classeur.Build;

/// <summary>The outcome of a run: every diagnostic, and figures for the summary line.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int FicheCount,
    int DraftCount,
    int PageCount,
    TimeSpan Elapsed,
    string? OutputDirectory,
    bool Written)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool Succeeded => ErrorCount == 0;

    /// <summary>
    /// The output files this build wrote because they are new or changed, and those it deleted
    /// (every file for a full build): in a preview, the pages an edit re-rendered.
    /// </summary>
    public IReadOnlyList<string> RenderedPages { get; init; } = [];

    /// <summary>Templates rendered, and (in a preview) outputs reused from the previous build because their model was the same.</summary>
    public int TemplatesRendered { get; init; }

    /// <summary>Whether the templates kept to the subset rendered without Handlebars.Net (Rendering/FastTemplates).</summary>
    public bool TemplatesFast { get; init; }

    /// <summary>Renders that subset left to Handlebars.Net (a name a model lacks, a value it does not write…).</summary>
    public int TemplateFallbacks { get; init; }

    public int TemplatesReused { get; init; }

    /// <summary>The fiches to reprint since the latest tagged edition (<see cref="BuildOptions.CompareWithLatestEdition"/>).</summary>
    public Editions.EditionChanges? EditionChanges { get; init; }

    /// <summary>Why that comparison could not be made, in French; null when it was made or not asked for.</summary>
    public string? EditionNote { get; init; }

    /// <summary>The drafts this build checked but left out of the site (<see cref="BuildOptions.IncludeDrafts"/>).</summary>
    public IReadOnlyList<Model.Fiche> UnpublishedDrafts { get; init; } = [];

    /// <summary>
    /// In a preview, a newer build was asked for before this one's search index was ready: its search
    /// files were left as the previous build wrote them (<see cref="BuildOptions.Superseded"/>).
    /// </summary>
    public bool SearchSkipped { get; init; }

    /// <summary>Time per stage, for the benchmark.</summary>
    public StageTimings Timings { get; init; } = new();
}
