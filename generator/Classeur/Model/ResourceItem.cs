namespace Classeur.Model;

/// <summary>One item of "Bibliographie / autres ressources": a bibliography record (Ref) or free text.</summary>
public sealed record ResourceItem(Located<string>? Ref, string? Text, string? Url, string? Group);
