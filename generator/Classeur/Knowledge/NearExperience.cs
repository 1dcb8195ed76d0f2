using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>An expérience near another: how many dimensions they share, and their region when it is the same.</summary>
internal sealed record NearExperience(Fiche Fiche, int SharedDimensions, string? Region);
