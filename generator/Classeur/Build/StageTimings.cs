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

    /// <summary>
    /// Runs <paramref name="work"/> on another core while the caller goes on with the next stages; its
    /// time is its own, told (« en parallèle ») when the caller collects it with <see cref="Collect{T}"/>.
    /// </summary>
    public static Task<(T Result, TimeSpan Elapsed)> Start<T>(Func<T> work) => Task.Run(() =>
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed);
    });

    /// <summary>Waits for a stage started by <see cref="Start{T}"/> and records it under <paramref name="stage"/>.</summary>
    public T Collect<T>(string stage, Task<(T Result, TimeSpan Elapsed)> running)
    {
        var (result, elapsed) = running.GetAwaiter().GetResult();
        _stages.Add((stage, elapsed));
        stageDone?.Invoke(stage + " (en parallèle)", elapsed);
        _clock.Restart();
        return result;
    }
}
