using Classeur.Editions;
using Classeur.Rendering;

namespace Classeur.Build;

/// <summary>
/// The end of a print: its status, a French problem when it was refused, the build that wrote the
/// site (or reported the errors), the PDFs and, for `--depuis`, what changed since the edition.
/// </summary>
public sealed record PrintOutcome(PrintStatus Status, string? Problem, BuildResult? Build, IReadOnlyList<PrintedPdf> Pdfs, EditionChanges? Changes)
{
    /// <summary>Time per stage (load, edition, printing, site), for the benchmark.</summary>
    public StageTimings? Timings { get; init; }

    public static PrintOutcome Refused(PrintStatus status, string problem) => new(status, problem, null, [], null);
}
