namespace Classeur.Rendering;

/// <summary>
/// A PDF made by `classeur print`: where it goes in the output folder, what it holds, its pages and its
/// bytes, kept in memory until the build writes them with the site (nothing is read back from disk).
/// </summary>
public sealed record PrintedPdf(string RelativePath, string Title, int Pages, byte[] Content)
{
    public long Bytes => Content.LongLength;
}
