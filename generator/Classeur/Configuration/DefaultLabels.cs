namespace Classeur.Configuration;

/// <summary>The French words of the interface; site.yml's `labels:` may replace any of them.</summary>
public static class DefaultLabels
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sommaire"] = "Sommaire",
        ["aller_au_contenu"] = "Aller au contenu",
        ["fil_ariane"] = "Fil d’Ariane",
        ["accueil"] = "Accueil",
        ["precedent"] = "Fiche précédente",
        ["suivant"] = "Fiche suivante",
        ["navigation_fiches"] = "Fiches précédente et suivante",
        ["brouillon"] = "Fiche en cours de conversion",
        ["brouillon_court"] = "en cours de conversion",
        ["brouillon_detail"] = "Le texte de cette fiche n’est pas encore converti. Ses renvois, mots clefs et relations sont déjà en place.",
        ["dimensions_experience"] = "Cette fiche illustre plus particulièrement les dimensions suivantes d’une démarche de DTS",
        ["dimensions_methode"] = "Cette fiche peut vous aider dans la mise en œuvre des dimensions suivantes d’une démarche de DTS",
        ["identite_strategie"] = "Identité & stratégie",
        ["missions_clefs"] = "Missions clefs",
        ["principes_action"] = "Principes d’action",
        ["pour_aller_plus_loin"] = "Pour aller plus loin",
        ["fiches_reperes"] = "Fiches « Repères »",
        ["fiches_methodes"] = "Fiches « Méthodes / Outils »",
        ["fiches_experiences"] = "Fiches « Expérience »",
        ["autres_pages"] = "Autres pages",
        ["ressources"] = "Bibliographie / autres ressources mises à disposition",
        ["pour_en_savoir_plus"] = "Pour en savoir plus / pour un échange de pratique",
        ["cite_par"] = "Cité par",
        ["cite_dans"] = "Cité dans",
        ["mots_cles"] = "Mots clefs",
        ["experimentation"] = "Expérimentation de référence",
        ["organisation"] = "Structure",
        ["territoire"] = "Territoire",
        ["repere"] = "Repère",
        ["methode"] = "Méthode",
        ["experience"] = "Expérience",
        ["page"] = "Page",
        ["reperes"] = "Repères",
        ["methodes"] = "Méthodes",
        ["experiences"] = "Expériences",
        ["avant_propos"] = "Avant-propos",
        ["annexes"] = "Annexes",
        ["courriel"] = "Courriel",
        ["telephone"] = "Téléphone",
        ["site_web"] = "Site web",
        ["adresse"] = "Adresse",
        ["fiche"] = "Fiche",
        ["notes"] = "Notes",
    };

    public static string Get(string key) => All.TryGetValue(key, out var value) ? value : key;
}
