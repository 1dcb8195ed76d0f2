using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>
/// A « Voir aussi » suggestion: a fiche, its score, and what it shares with the fiche it is shown on
/// (the reasons the page gives: « 3 mots clefs en commun »…).
/// </summary>
internal sealed record Suggestion(Fiche Fiche, int Score, int SharedKeywords, int SharedDimensions, int SharedLinks, bool LinksHere);
