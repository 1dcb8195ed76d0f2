namespace Classeur.Build;

/// <summary>What the caller asks for. Paths left null come from site.yml, relative to the project root.</summary>
public sealed record BuildOptions(string ProjectRoot)
{
    public string? ContentDirectory { get; init; }
    public string? OutputDirectory { get; init; }

    /// <summary>Pages rendered by Handlebars.Net alone, never by the fast subset (Rendering/FastTemplates): to compare the two.</summary>
    internal bool HandlebarsOnly { get; init; }

    /// <summary>Validate only: nothing is rendered or written.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Replace the output folder even when Classeur did not write it (--ecraser): its files are lost.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Warnings count as errors (they fail the build).</summary>
    public bool Strict { get; init; }

    /// <summary>A preview session: re-render and rewrite only what changed since its previous build.</summary>
    public BuildSession? Session { get; init; }

    /// <summary>The PDFs `classeur print` made in the output folder: kept, listed on imprimer/, linked from their fiches.</summary>
    public IReadOnlyList<Rendering.PrintedPdf> Printed { get; init; } = [];

    /// <summary>
    /// Compare the fiches with the latest git tag (the last printed edition) and list on imprimer/ the
    /// ones to reprint. Off by default: it runs git and renders the tagged content a second time.
    /// </summary>
    public bool CompareWithLatestEdition { get; init; }

    /// <summary>
    /// Publish the drafts (`status: brouillon`) too. Off by default, as in Hugo: a draft is checked but
    /// left out of the site, and a published fiche may not cite it. The preview and `--brouillons` turn it on.
    /// </summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// A preview's reload: told once the pages of a build that continues a session's previous one are
    /// written, before the search files, whose index takes longer to build than the pages to render.
    /// Its result has no search files and no search diagnostics yet.
    /// </summary>
    public Action<BuildResult>? PagesWritten { get; init; }

    /// <summary>
    /// Cancelled when a newer build is asked for: a build whose pages are written then stops waiting for
    /// its search index and leaves the previous search files in place, the newer build writes its own.
    /// </summary>
    public CancellationToken Superseded { get; init; }

    /// <summary>Told of each stage as it ends (its name and duration): the command line's progress.</summary>
    public Action<string, TimeSpan>? StageDone { get; init; }
}
