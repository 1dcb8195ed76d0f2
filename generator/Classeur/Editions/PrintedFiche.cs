namespace Classeur.Editions;

/// <summary>A fiche as one edition printed it: its id, how it was cited, and its <see cref="PrintedText"/>.</summary>
public sealed record PrintedFiche(string Id, string Citation, string Text);
