namespace Classeur.Model;

/// <summary>A keyword of the manual's index « Quelques mots clefs ».</summary>
public sealed record Keyword(string Id, string Label, string? Precision)
{
    /// <summary>
    /// « pertinentes: » in mots-cles.yml: the fiches that matter most for this keyword, which the printed
    /// index sets in bold and colour, as its introduction says.
    /// </summary>
    public IReadOnlyList<string> Pertinent { get; init; } = [];

    /// <summary>The keyword as printed in the index: « Alliances (stratégie d'alliance / …) ».</summary>
    public string Display => Precision is null ? Label : $"{Label} ({Precision})";
}
