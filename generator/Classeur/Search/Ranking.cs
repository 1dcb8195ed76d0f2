namespace Classeur.Search;

/// <summary>
/// Items ranked by score, the best first and, between equal scores, in their own order, then cut into tiers.
/// Scores are small integers (weights in tenths), so ranking is a counting sort, linear in the items: the
/// runtime's sort, called with a comparer per comparison, was most of the index's postings work at ×100.
/// </summary>
internal static class Ranking
{
    /// <summary>The positions 0…<paramref name="count"/>−1, ranked by <paramref name="score"/> (non-negative).</summary>
    public static int[] Best(int count, Func<int, int> score)
    {
        var scores = new int[count];
        var max = 0;
        for (var i = 0; i < count; i++) max = Math.Max(max, scores[i] = score(i));
        var ranked = new int[count];
        if (max > (4 * count) + 1024)
        {
            // Few items with scores far apart: sorted as 64-bit keys (score inverted, then position).
            var keys = new long[count];
            for (var i = 0; i < count; i++) keys[i] = ((long)(int.MaxValue - scores[i]) << 32) | (uint)i;
            Array.Sort(keys);
            for (var i = 0; i < count; i++) ranked[i] = (int)(keys[i] & 0xFFFF_FFFF);
            return ranked;
        }
        // Where each score's items start, the best score first; items placed in their order.
        var starts = new int[max + 2];
        for (var i = 0; i < count; i++) starts[max - scores[i] + 1]++;
        for (var s = 1; s < starts.Length; s++) starts[s] += starts[s - 1];
        for (var i = 0; i < count; i++) ranked[starts[max - scores[i]]++] = i;
        return ranked;
    }

    /// <summary>
    /// The ranked positions cut into tiers, the first <paramref name="top"/>, then tails of <paramref name="tail"/>,
    /// each tier in the positions' own order.
    /// </summary>
    public static int[] ByTier(int[] ranked, int top, int tail)
    {
        var count = ranked.Length;
        var tierOf = new int[count];
        for (var r = 0; r < count; r++) tierOf[ranked[r]] = r < top ? 0 : 1 + ((r - top) / tail);
        var tiers = count <= top ? 1 : 2 + ((count - top - 1) / tail);
        var next = new int[tiers];
        for (var t = 1; t < tiers; t++) next[t] = top + ((t - 1) * tail);
        var byTier = new int[count];
        for (var i = 0; i < count; i++) byTier[next[tierOf[i]]++] = i;
        return byTier;
    }
}
