namespace Classeur.Print;

/// <summary>A PDF written by `classeur print`: its path in the output folder, what it holds, its size.</summary>
public sealed record PrintedPdf(string RelativePath, string Title, int Pages, long Bytes);
