namespace Classeur.Search;

/// <summary>
/// The sizes that keep a query's cost flat whatever the size of the manual: how many of a term's best
/// fiches its shard holds (<paramref name="Top"/>), how many go to each tail file after them
/// (<paramref name="Tail"/>), and the bytes above which a prefix's shard is split (<paramref name="Shard"/>).
/// Tests use small ones to exercise tails and splits on a small site.
/// </summary>
public sealed record SearchLimits(int Top = 128, int Tail = 512, int Shard = 16 * 1024)
{
    public static SearchLimits Default { get; } = new();
}
