namespace Classeur.Print;

/// <summary>Reported before each PDF is printed, so the command can show where it is (printing takes seconds).</summary>
public sealed record PrintProgress(int Index, int Count, string Title);
