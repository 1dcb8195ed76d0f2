namespace Classeur.Search;

/// <summary>
/// One field of one document as the index counts it: its distinct terms (numbers of <see cref="TermTable"/>)
/// in the order first met, how often each occurs, and how many terms the field holds in all (lunr's field length).
/// The numbers live in a store shared by many fields (<see cref="TermCounter"/>): the ids from
/// <paramref name="Offset"/>, then as many frequencies. At ×100 a pair of small arrays per field was two
/// hundred thousand objects that every young collection copied until the weights were done.
/// </summary>
internal readonly record struct TermCounts(int[] Store, int Offset, int Count, int Length)
{
    public Span<int> Ids => Store.AsSpan(Offset, Count);

    public ReadOnlySpan<int> Frequencies => Store.AsSpan(Offset + Count, Count);
}
