namespace Classeur.Model;

/// <summary>Where an expérience took place: the printed label, the INSEE département code, today's region.</summary>
public sealed record Territory(string Label, string? Departement, string? Region);
