namespace Classeur.Rendering;

/// <summary>A name a template read that its model lacks: the names it could have read, and whether it was a label.</summary>
internal sealed record TemplateMiss(string Name, bool IsLabel, IReadOnlyCollection<string> Candidates);
