namespace Classeur.Editions;

/// <summary>
/// A fiche as one edition printed it: its id, how it was cited, its <see cref="PrintedText"/> and the
/// version its footer carried (« Version 1 — décembre 2010 »).
/// </summary>
public sealed record PrintedFiche(string Id, string Citation, string Text, string Version);
