using System.Diagnostics;

namespace Classeur.Build;

/// <summary>How long each stage of a run took, in order: printed by the benchmark, never asserted by tests.</summary>
public sealed class StageTimings(Action<string, TimeSpan>? stageDone = null)
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    /// <summary>Closes the current stage under <paramref name="stage"/> and starts the next one.</summary>
    public void Mark(string stage)
    {
        _stages.Add((stage, _clock.Elapsed));
        stageDone?.Invoke(stage, _clock.Elapsed);
        _clock.Restart();
    }
}
