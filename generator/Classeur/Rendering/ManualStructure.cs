using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Rendering;

/// <summary>Parts and sections of the manual, as titled in site.yml; they follow from the ids.</summary>
internal static class ManualStructure
{
    public static string PartKey(FicheType type) => type switch
    {
        FicheType.Repere => "I",
        FicheType.Methode => "II",
        FicheType.Experience => "III",
        _ => "",
    };

    public static string PartTitle(SiteConfig config, FicheType type) =>
        config.Parts.TryGetValue(PartKey(type), out var title) ? title : config.Label(FicheTypes.Key(type) + "s");

    /// <summary>"A", "B", then "C" holding "C-1" and "C-2": the section a repère belongs to, outermost first.</summary>
    public static IReadOnlyList<string> SectionPath(FicheId id) =>
        id.Section is null ? [] : id.Section.StartsWith('C') ? ["C", id.Section] : [id.Section];

    public static string SectionTitle(SiteConfig config, string section) =>
        config.Sections.TryGetValue(section, out var title) ? title : section;

    /// <summary>The printed column of a dimension: Identité &amp; stratégie, Missions clefs, Principes d'action.</summary>
    public static string DimensionColumn(FicheId id) => id.Section switch
    {
        "A" or "B" => "identite_strategie",
        "C-1" => "missions_clefs",
        _ => "principes_action",
    };
}
