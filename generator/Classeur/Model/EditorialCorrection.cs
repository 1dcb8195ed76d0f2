namespace Classeur.Model;

/// <summary>
/// A change made to the printed text on purpose (a typo, a misfiled reference, a repeated list, a
/// title the extraction lost), written in the fiche's `corrections:` so that an editor can review it:
/// what was printed beside what is published. Printed is null for an addition, Corrected for a removal.
/// </summary>
public sealed record EditorialCorrection(string? Where, string? Printed, string? Corrected, string? Reason);
