namespace Classeur.Search;

/// <summary>
/// Items ranked by score, the best first and, between equal scores, in their own order. Each item is sorted
/// as one 64-bit key (score inverted, then position): a comparison delegate called per comparison made
/// ranking the long posting lists of a ×100 manual about half of the index's postings work.
/// </summary>
internal static class Ranking
{
    /// <summary>The positions 0…<paramref name="count"/>−1, ranked by <paramref name="score"/> (non-negative).</summary>
    public static int[] Best(int count, Func<int, int> score)
    {
        var keys = new long[count];
        for (var i = 0; i < count; i++) keys[i] = ((long)(int.MaxValue - score(i)) << 32) | (uint)i;
        Array.Sort(keys);
        var ranked = new int[count];
        for (var i = 0; i < count; i++) ranked[i] = (int)(keys[i] & 0xFFFF_FFFF);
        return ranked;
    }
}
