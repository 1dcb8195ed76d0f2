using System.Collections.Concurrent;

namespace Classeur.Search;

/// <summary>
/// The term of each lower-case token (<see cref="FrenchPipeline.Term"/>), shared by every thread and every
/// build of the process. The pipeline (regular expressions, stemmer) costs microseconds per token, and a
/// cache per thread was lost each time Parallel.For started a new worker, which ran it again for the
/// same words; a preview rebuilding the site after an edit now finds its words already stemmed.
/// The pipeline is a pure function of the token, so what is cached never depends on the order of reading.
/// </summary>
internal static class TermCache
{
    /// <summary>Far above a manual's vocabulary (tens of thousands of tokens): only a runaway process empties it.</summary>
    private const int Capacity = 1 << 20;

    /// <summary>
    /// Sized for a manual's vocabulary from the start: grown from its default size, it rehashed every entry a
    /// dozen times and made garbage enough for collections, 25 ms of a 0.4 s build of the manual.
    /// </summary>
    private const int InitialCapacity = 1 << 15;

    private static readonly ConcurrentDictionary<string, string?> Terms = new(Environment.ProcessorCount, InitialCapacity, StringComparer.Ordinal);

    // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary, once per new word.
    private static int s_count;

    // The stemmer keeps state while it works: one pipeline per thread.
    [ThreadStatic]
    private static FrenchPipeline? t_pipeline;

    /// <summary>Forgets every term: the benchmark times a cold index, as a fresh process builds it.</summary>
    public static void Clear()
    {
        Terms.Clear();
        s_count = 0;
    }

    /// <summary>The token's term, null for a stop word.</summary>
    public static string? Of(string token)
    {
        if (Terms.TryGetValue(token, out var term)) return term;
        term = (t_pipeline ??= new FrenchPipeline()).Compute(token);
        if (s_count >= Capacity) Clear();
        if (Terms.TryAdd(token, term)) Interlocked.Increment(ref s_count);
        return term;
    }
}
