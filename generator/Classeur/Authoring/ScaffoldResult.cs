namespace Classeur.Authoring;

/// <summary>What `classeur new` did: the file written, or why nothing was written (in French).</summary>
public sealed record ScaffoldResult(string? Id, string? FullPath, string? Refusal)
{
    public bool Created => Refusal is null;
}
