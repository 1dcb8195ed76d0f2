namespace Classeur.Search;

/// <summary>
/// How the terms are cut into shards: by prefix, a shard holding every term that starts with its key
/// (and with no longer key). A prefix whose terms weigh more than <see cref="SearchLimits.Shard"/> bytes is split by
/// its next letter, so that a shard stays small whatever the size of the manual; a term heavier than that
/// alone is a shard alone. Every proper prefix of a key is thus a split prefix: the browser finds a term's
/// shard from the list of keys, and a prefix typed shorter than its shard's key reads the split
/// prefix's summary (<see cref="SplitPrefixes"/>).
/// </summary>
internal sealed class ShardPlan
{
    /// <summary>Each shard's key and its terms' positions (a range of the sorted terms).</summary>
    private int _limit;

    public List<(string Key, int Start, int End)> Shards { get; } = [];

    /// <summary>Split prefixes of two letters or more: those a typed prefix may stop at.</summary>
    public List<(string Prefix, int Start, int End)> SplitPrefixes { get; } = [];

    /// <summary>Plans the shards of terms sorted in ordinal order, given each term's size in bytes.</summary>
    public static ShardPlan Of(IReadOnlyList<string> terms, IReadOnlyList<int> sizes, int limit)
    {
        var plan = new ShardPlan { _limit = limit };
        var total = new long[terms.Count + 1];
        for (var i = 0; i < terms.Count; i++) total[i + 1] = total[i] + sizes[i];
        plan.Split("", 0, terms.Count, terms, total);
        return plan;
    }

    private void Split(string prefix, int start, int end, IReadOnlyList<string> terms, long[] total)
    {
        if (end - start <= 1 || total[end] - total[start] <= _limit)
        {
            if (end > start) Shards.Add((prefix, start, end));
            return;
        }
        if (prefix.Length >= 2) SplitPrefixes.Add((prefix, start, end));
        var depth = prefix.Length;
        var i = start;
        // The term equal to the prefix (shorter than every other) sorts first and stays under the prefix's own key.
        if (terms[i].Length == depth)
        {
            Shards.Add((prefix, i, i + 1));
            i++;
        }
        while (i < end)
        {
            var next = i + 1;
            while (next < end && terms[next][depth] == terms[i][depth]) next++;
            Split(terms[i][..(depth + 1)], i, next, terms, total);
            i = next;
        }
    }
}
