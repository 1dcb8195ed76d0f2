using Classeur.Output;
using Classeur.Rendering;

namespace Classeur.Build;

/// <summary>
/// What a preview keeps from one build to the next, so that an edit re-renders and rewrites only the
/// pages it changes: the templates' outputs by fingerprint of their model (<see cref="RenderCache"/>)
/// and the fingerprint of every file written (<see cref="IncrementalWriter"/>). One per `serve`;
/// a plain `build` has none and writes the whole site.
/// </summary>
public sealed class BuildSession
{
    internal RenderCache Renders { get; } = new();

    /// <summary>The fiches' texts as last read: a save reads again only the files whose size or time changed.</summary>
    internal Content.SourceTexts Texts { get; } = new();

    /// <summary>The fiches as last parsed, by file: a save parses again only the files it changed.</summary>
    internal ParsedFiches Parsed { get; } = new();

    /// <summary>The data files (keywords, bibliography, glossary) as last read: a save that leaves one unchanged does not read it again.</summary>
    internal ParsedDataFiles DataFiles { get; } = new();

    /// <summary>The fiche bodies' HTML, by parsed tree: a reused tree whose links did not change is not converted again.</summary>
    internal BodyCache Bodies { get; } = new();

    public IncrementalWriter Writer { get; } = new();

    /// <summary>The paths of the search files last written: a preview writes its pages without touching them.</summary>
    internal IReadOnlySet<string> SearchFiles { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The pages of the last build that rendered them all, and the face of the manual they show (<see cref="ManualFace"/>).</summary>
    internal IReadOnlyDictionary<string, string>? LastPages { get; set; }

    internal UInt128 LastFace { get; set; }

    /// <summary>The last compiled templates, reused while no template text changes.</summary>
    internal TemplateSet? Templates { get; set; }

    /// <summary>The latest edition's printed texts, kept under (commit, tag, templates' fingerprint).</summary>
    internal ((string Commit, string Tag, UInt128 Templates) Key, Editions.EditionBaseline Baseline)? Baseline { get; set; }
}
