namespace Classeur.Search;

/// <summary>
/// One field of one document as the index counts it: its distinct terms (numbers of <see cref="TermTable"/>)
/// in the order first met, how often each occurs, and how many terms the field holds in all (lunr's field length).
/// </summary>
internal readonly record struct TermCounts(int[] Ids, int[] Frequencies, int Length);
