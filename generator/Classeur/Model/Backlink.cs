namespace Classeur.Model;

/// <summary>Fiche <paramref name="Source"/> cites the fiche this backlink is attached to.</summary>
/// <param name="Context">The sentence around the citation (<paramref name="IsQuote"/>), or the name of the front-matter relation.</param>
public sealed record Backlink(Fiche Source, string Context, bool IsQuote);
