namespace Classeur.Search;

/// <summary>
/// Counts the terms of texts for one thread: lunr's tokenizer and the indexing pipeline
/// (<see cref="TermCache"/>) run once per distinct token, then a token costs a lookup by its hash in
/// this thread's table and an increment in an array indexed by term number. Nothing is allocated per
/// token, and the counts are reset as they are taken. It also remembers the tokens it met (<see cref="Seen"/>).
/// </summary>
internal sealed class TermCounter(int index)
{
    // Each token met, as written, with its hash and number (-1 for a stop word): open addressing, half full at most.
    // One array of entries, not one per part: a probe reads one cache line, where three arrays cost three misses.
    private Entry[] _table = new Entry[4096];
    private int _tokenCount;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<int> _met = [];
    private int[] _counts = new int[4096];
    private int _length;

    /// <summary>This counter's place among the threads' (the order they started in).</summary>
    public int Index => index;

    /// <summary>
    /// The terms met, by this counter's number: the counts it takes use these numbers, which
    /// <see cref="Bm25Weights"/> then makes the numbers of its <see cref="TermTable"/>.
    /// </summary>
    public List<string> Terms { get; } = [];

    /// <summary>Each distinct lower-case token met, with its term (stop words left out); a token may appear twice.</summary>
    public List<(string Token, string Term)> Seen { get; } = [];

    /// <summary>
    /// The counts of one text, cut as lunr.tokenizer cuts it (lower case, split on white space and hyphens).
    /// Tokens are looked up as written and lower-cased on a miss only: case changes no separator, and
    /// invariant lower-casing maps a token as it maps the whole text, so the terms are the same.
    /// </summary>
    public TermCounts Read(string? text)
    {
        if (text is null) return Take();
        var rest = text.AsSpan();
        var at = 0;
        while (at < rest.Length)
        {
            // A plain loop, not IndexOfAny: tokens are a few letters long, shorter than a vector's start-up.
            // The token's hash is made on the way (FNV-1a), so that looking it up reads it only to compare.
            var start = at;
            var hash = 2166136261u;
            char c;
            while (at < rest.Length && !LunrTokenizer.IsSeparator(c = rest[at]))
            {
                hash = (hash ^ c) * 16777619u;
                at++;
            }
            if (at > start)
            {
                var id = Id(rest[start..at], hash);
                if (id >= 0) Count(id, 1);
            }
            at++;
        }
        return Take();
    }

    /// <summary>
    /// The number of a token as written: looked up in this counter's own open-addressing table (a token's
    /// lookup in a Dictionary, hashing it again through an interface, was two thirds of the counting), and on
    /// a miss lower-cased and run through the pipeline once.
    /// </summary>
    private int Id(ReadOnlySpan<char> token, uint hash)
    {
        var mask = _table.Length - 1;
        var slot = (int)(hash & (uint)mask);
        while (_table[slot].Token is { } known)
        {
            if (_table[slot].Hash == hash && known.AsSpan().SequenceEqual(token)) return _table[slot].Value;
            slot = (slot + 1) & mask;
        }
        var word = token.ToString();
        var lower = word.ToLowerInvariant();
        // -1: a stop word, which lunr leaves out of the field's length too.
        var id = -1;
        if (TermCache.Of(lower) is { } term)
        {
            if (!_numbers.TryGetValue(term, out id))
            {
                id = _numbers[term] = Terms.Count;
                Terms.Add(term);
            }
            Seen.Add((lower, term));
        }
        _table[slot] = new Entry(word, hash, id);
        if (++_tokenCount * 2 > _table.Length) Grow();
        return id;
    }

    private void Grow()
    {
        var old = _table;
        _table = new Entry[old.Length * 2];
        var mask = _table.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Token is null) continue;
            var slot = (int)(entry.Hash & (uint)mask);
            while (_table[slot].Token is not null) slot = (slot + 1) & mask;
            _table[slot] = entry;
        }
    }

    private readonly record struct Entry(string? Token, uint Hash, int Value);

    /// <summary>Adds counts already taken (a section's, to its fiche's); <see cref="Take"/> gives the sum.</summary>
    public void Add(TermCounts counts)
    {
        var ids = counts.Ids;
        var frequencies = counts.Frequencies;
        for (var i = 0; i < ids.Length; i++) Count(ids[i], frequencies[i]);
    }

    /// <summary>
    /// Numbers go in stores of this many, on the large object heap (no young collection copies them), a new one
    /// when a field's do not fit in what is left.
    /// </summary>
    private const int StoreSize = 1 << 18;

    private int[] _store = [];
    private int _used;

    public TermCounts Take()
    {
        var count = _met.Count;
        if (count == 0)
        {
            _length = 0;
            return new TermCounts([], 0, 0, 0);
        }
        if (_used + (2 * count) > _store.Length) (_store, _used) = (new int[Math.Max(StoreSize, 2 * count)], 0);
        var offset = _used;
        for (var i = 0; i < count; i++)
        {
            var id = _met[i];
            _store[offset + i] = id;
            _store[offset + count + i] = _counts[id];
            _counts[id] = 0;
        }
        _used += 2 * count;
        var counts = new TermCounts(_store, offset, count, _length);
        _met.Clear();
        _length = 0;
        return counts;
    }

    private void Count(int id, int times)
    {
        if (id >= _counts.Length) Array.Resize(ref _counts, Math.Max(id + 1, 2 * _counts.Length));
        if (_counts[id] == 0) _met.Add(id);
        _counts[id] += times;
        _length += times;
    }
}
