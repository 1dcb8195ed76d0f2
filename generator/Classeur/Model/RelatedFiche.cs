namespace Classeur.Model;

/// <summary>A fiche of the manual that a resource illuminates: why, and where in the document to look.</summary>
public sealed record RelatedFiche(Located<string> Fiche, string? Reason, string? Where);
