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

    /// <summary>Time per stage, for the benchmark.</summary>
    public StageTimings Timings { get; init; } = new();
}
