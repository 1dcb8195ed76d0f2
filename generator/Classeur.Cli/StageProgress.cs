using System.Runtime;

namespace Classeur.Cli;

/// <summary>
/// What a build or a check is doing, stage by stage, on one line of standard error as the stages end
/// (« Étapes : lecture 0,02 s · analyse 0,31 s · … »): a long build is never silent, and standard
/// output keeps only the diagnostics and the summary (a JSON or SARIF report stays valid).
/// </summary>
public sealed class StageProgress(TextWriter writer)
{
    private bool _started;

    public void Done(string stage, TimeSpan elapsed)
    {
        writer.Write((_started ? " · " : "Étapes : ") + stage + " " + Summary.Seconds(elapsed));
        writer.Flush();
        _started = true;
    }

    /// <summary>
    /// Ends the line, if any stage was told, with what the collector cost: its pauses, its passes and the memory
    /// allocated (the figures a change to allocation is measured by); says so when a large manual was built with
    /// the server collector (<see cref="CollectorChoice"/>).
    /// </summary>
    public void End()
    {
        if (_started)
        {
            var passes = GC.CollectionCount(0);
            writer.Write(" · ramasse-miettes" + (GCSettings.IsServerGC ? " serveur" : "") + " " + Summary.Seconds(GC.GetTotalPauseDuration())
                + $" ({passes} passage{(passes > 1 ? "s" : "")}, {GC.GetTotalAllocatedBytes() / (1 << 20)} Mio alloués)");
        }
        if (_started) writer.WriteLine();
        _started = false;
    }
}
