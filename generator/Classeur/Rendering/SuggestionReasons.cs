using Classeur.Configuration;
using Classeur.Knowledge;

namespace Classeur.Rendering;

/// <summary>Why a fiche is suggested, in French: « 3 mots clefs en commun · 2 repères en commun ».</summary>
internal static class SuggestionReasons
{
    public static IEnumerable<string> Of(Suggestion suggestion, SiteConfig config)
    {
        if (suggestion.SharedKeywords > 0)
            yield return Plural(suggestion.SharedKeywords, config.Label("raison_mot_cle"), config.Label("raison_mots_cles"));
        if (suggestion.SharedDimensions > 0)
            yield return Plural(suggestion.SharedDimensions, config.Label("raison_repere"), config.Label("raison_reperes"));
        if (suggestion.LinksHere) yield return config.Label("raison_renvoie_ici");
        if (suggestion.SharedLinks > 0)
            yield return Plural(suggestion.SharedLinks, config.Label("raison_renvoi"), config.Label("raison_renvois"));
    }

    /// <summary>The label holds {n}: « {n} mots clefs en commun ».</summary>
    private static string Plural(int n, string one, string many) =>
        (n == 1 ? one : many).Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
