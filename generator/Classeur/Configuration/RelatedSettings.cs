namespace Classeur.Configuration;

/// <summary>
/// site.yml « related: »: how « Voir aussi » suggestions are scored. Each shared keyword, shared
/// repère (dimension) and shared or reverse link adds its weight; the best <see cref="Count"/> are shown.
/// </summary>
public sealed class RelatedSettings
{
    public int Keywords { get; set; } = 1;
    public int Dimensions { get; set; } = 2;
    public int Links { get; set; } = 2;
    public int Count { get; set; } = 5;

    /// <summary>How many « Expériences proches » an expérience shows (0: none).</summary>
    public int Experiences { get; set; } = 5;

    public static readonly string[] Keys = ["keywords", "dimensions", "links", "count", "experiences"];
}
