namespace Classeur.Model;

/// <summary>A keyword of the manual's index « Quelques mots clefs ».</summary>
public sealed record Keyword(string Id, string Label, string? Precision)
{
    /// <summary>The keyword as printed in the index: « Alliances (stratégie d'alliance / …) ».</summary>
    public string Display => Precision is null ? Label : $"{Label} ({Precision})";
}
