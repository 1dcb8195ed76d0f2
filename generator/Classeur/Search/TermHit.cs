namespace Classeur.Search;

/// <summary>
/// A term in one fiche, as <see cref="TermHits"/> stores it: the fiche, its weight in the fiche's own
/// document, its score (<see cref="FicheHit.Score"/>) and where its postings start; its sections are its
/// postings up to the next hit's start. A struct in one array for every term: a record and an array of
/// sections per hit were millions of small objects at ×100, which the collector copied from generation to generation.
/// </summary>
internal readonly record struct TermHit(int Fiche, int Whole, int Score, int Start);
