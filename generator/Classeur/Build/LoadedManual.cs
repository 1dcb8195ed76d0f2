using Classeur.Configuration;
using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Model;
using Markdig;

namespace Classeur.Build;

/// <summary>A validated, linked manual with what it was built from: the input of rendering.</summary>
public sealed record LoadedManual(
    string ProjectRoot,
    SiteConfig Config,
    ContentSet Content,
    Manual Manual,
    MarkdownPipeline Pipeline,
    DiagnosticBag Diagnostics,
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    StageTimings Timings);
