using Classeur.Model;

namespace Classeur.Authoring;

/// <summary>
/// The text of a new fiche: every front-matter field of its type, and the sections the printed
/// manual gives that type, each with a French comment (invisible on the site) saying what goes
/// there. The fiche starts as a draft, so it is published with the « en cours » mention until the
/// editor removes the status line.
/// </summary>
internal static class FicheSkeleton
{
    public static string For(FicheType type, string id, string title)
    {
        var lines = new List<string>
        {
            "---",
            $"id: {id}",
            $"type: {FicheTypes.Key(type)}",
            $"title: {Quote(title)}",
            "# subtitle: \"\"             # facultatif : le sous-titre imprimé",
            "# short_title: \"\"          # facultatif : le libellé court que montrent les renvois des autres fiches",
        };
        if (type == FicheType.Experience)
        {
            lines.Add("organisation: \"À compléter\"   # la structure qui porte l'expérience");
            lines.Add("territory:");
            lines.Add("  label: \"À compléter\"        # le territoire tel qu'imprimé, par exemple « Agglomération de Dole, Jura »");
            lines.Add("  # departement: \"39\"         # code INSEE, entre guillemets");
            lines.Add("  # region: Bourgogne-Franche-Comté");
        }
        if (type == FicheType.Methode)
            lines.Add("# experimentation: \"\"      # facultatif : le cadre dans lequel la méthode a été expérimentée");
        lines.Add("keywords: []                  # identifiants de content/mots-cles.yml, par exemple [alliances, partenariat-cooperation]");
        if (type is FicheType.Experience or FicheType.Methode)
            lines.Add("dimensions: []                # des repères seulement, par exemple [I-B-1, I-C-2-a]");
        lines.Add("see_also: []                  # « Pour aller plus loin » : des fiches de tout type, par exemple [II-1, III-4]");
        lines.Add("resources: []                 # « Bibliographie / autres ressources » : - ref: notice  ou  - text: \"…\" et url: …");
        if (type is FicheType.Experience or FicheType.Methode)
            lines.Add("contacts: []                  # « Pour en savoir plus » : - name:, role:, organisation:, address:, phone:, email:, url:");
        lines.Add("status: brouillon             # retirez cette ligne quand la fiche est complète");
        lines.Add("---");
        foreach (var (heading, comment) in Sections(type))
        {
            lines.Add("");
            lines.Add($"## {heading}");
            lines.Add("");
            lines.Add($"<!-- {comment} -->");
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The sections of each type, as the printed manual orders them.</summary>
    public static IReadOnlyList<(string Heading, string Comment)> Sections(FicheType type) => type switch
    {
        FicheType.Repere =>
        [
            ("En bref", "Quelques phrases qui résument le repère. La première phrase est reprise sur les pages des mots clefs."),
            ("De quoi s’agit-il ?", "La définition et les enjeux. Intertitres en ###. Un encadré : « ::: encadre Titre », le texte, puis « ::: »."),
            ("Comment ?", "La mise en pratique. Un exemple : « ::: exemple III-n », le récit, puis « ::: ». Les clefs de réussite et points de vigilance : « ::: reussite » puis « ::: vigilance », chacun avec une liste à puces."),
        ],
        FicheType.Methode =>
        [
            ("En bref", "Ce que permet la méthode, en quelques phrases."),
            ("Définitions préalables", "Les notions à connaître avant de lire la méthode."),
            ("Pourquoi utiliser cette méthode ?", "Les objectifs et ce que la structure y gagne."),
            ("Comment l’utiliser ?", "Les conditions de mise en œuvre : qui, quand, avec qui."),
            ("Présentation de la méthode", "Les étapes, chacune sous un intertitre ### numéroté (« ### 1. … »)."),
        ],
        _ =>
        [
            ("En bref", "L'expérience en quelques phrases : qui, où, quoi. La première phrase est reprise sur les pages des mots clefs."),
            ("Le contexte de l’expérience", "La structure, son territoire, la situation de départ."),
            ("L’expérience", "Ce qui a été fait, dans l'ordre, avec les partenaires. Renvois vers les repères : [[I-C-2-a]]."),
            ("Les points marquants de l’expérience en démarche de DTS", "Ce que l'expérience montre de la démarche : « ::: reussite » puis « ::: vigilance », chacun avec une liste à puces."),
            ("Les questionnements et points de tension", "Les difficultés rencontrées et les questions qui restent ouvertes."),
        ],
    };

    /// <summary>The file name: the id then the title's first words, as the content guide asks.</summary>
    public static string FileName(string id, string title)
    {
        var words = Text.Slugger.Slugify(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(5);
        var slug = string.Join('-', words);
        return slug.Length == 0 ? $"{id}.md" : $"{id}-{slug}.md";
    }

    /// <summary>The folder of content/ that holds fiches of this type.</summary>
    public static string Folder(FicheType type) => type switch
    {
        FicheType.Repere => "reperes",
        FicheType.Methode => "methodes",
        FicheType.Experience => "experiences",
        FicheType.Ressource => "ressources",
        FicheType.ExperienceExterne => "experiences-externes",
        _ => "pages",
    };

    /// <summary>A YAML double-quoted scalar, so a title with « : » or « # » stays one value.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
