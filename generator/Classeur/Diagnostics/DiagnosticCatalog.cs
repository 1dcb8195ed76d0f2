namespace Classeur.Diagnostics;

/// <summary>
/// Every diagnostic Classeur can report, each with a stable code. This is the one place where codes
/// are defined; docs/diagnostics.md lists the same table for editors.
/// Messages say what is wrong and how to fix it; a trailing {n} slot receives a suggestion or "".
/// </summary>
public static class DiagnosticCatalog
{
    // 00xx: files and configuration
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("CLS0001", Severity.Error, "Fichier non UTF-8",
        "le fichier n'est pas en UTF-8 valide (octet invalide à la position {0}). Enregistrez-le en UTF-8 depuis votre éditeur.");
    public static readonly DiagnosticDescriptor UnreadableFile = new("CLS0002", Severity.Error, "Fichier illisible",
        "le fichier ne peut pas être lu : {0}");
    public static readonly DiagnosticDescriptor MissingFolder = new("CLS0003", Severity.Error, "Dossier absent",
        "le dossier « {0} » est introuvable. Vérifiez le chemin dans site.yml ou l'option --content.");
    public static readonly DiagnosticDescriptor FileTooLarge = new("CLS0004", Severity.Error, "Fichier trop volumineux",
        "le fichier pèse {0} : c'est plus que Classeur ne peut lire ({1} au plus). Réduisez-le ou publiez-le ailleurs, et mettez un lien vers lui.");
    public static readonly DiagnosticDescriptor LinkOutside = new("CLS0005", Severity.Error, "Lien hors du dossier",
        "ce lien symbolique mène hors du dossier {0} (vers « {1} ») : Classeur ne le suit pas, pour ne jamais lire ni publier un fichier étranger au projet. Copiez le fichier dans {0}, ou retirez le lien.");
    public static readonly DiagnosticDescriptor LinkLoop = new("CLS0006", Severity.Error, "Lien en boucle",
        "ce lien symbolique {0}. Classeur ne le suit pas : retirez-le, ou faites-le pointer vers un dossier qui n'est pas déjà lu.");
    public static readonly DiagnosticDescriptor ConfigInvalid = new("CLS0010", Severity.Error, "Configuration invalide",
        "{0}");
    public static readonly DiagnosticDescriptor ConfigUnknownKey = new("CLS0011", Severity.Warning, "Clé de configuration inconnue",
        "la clé « {0} » n'est pas reconnue dans site.yml et sera ignorée.{1}");
    // 01xx: one fiche's front matter
    public static readonly DiagnosticDescriptor MissingFrontMatter = new("CLS0101", Severity.Error, "Front matter absent",
        "la fiche n'a pas de front matter. Commencez le fichier par une ligne « --- », les champs id, type et title, puis une ligne « --- ».");
    public static readonly DiagnosticDescriptor MalformedYaml = new("CLS0102", Severity.Error, "YAML mal formé",
        "le YAML n'est pas valide : {0}.");
    public static readonly DiagnosticDescriptor UnknownKey = new("CLS0103", Severity.Error, "Champ inconnu",
        "le champ « {0} » n'existe pas pour une fiche de type « {1} ».{2} Champs possibles : {3}.");
    public static readonly DiagnosticDescriptor MissingField = new("CLS0104", Severity.Error, "Champ obligatoire absent",
        "le champ obligatoire « {0} » est absent ou vide. {1}");
    public static readonly DiagnosticDescriptor InvalidValue = new("CLS0105", Severity.Error, "Valeur invalide",
        "la valeur du champ « {0} » est invalide : {1}");
    public static readonly DiagnosticDescriptor InvalidId = new("CLS0106", Severity.Error, "Identifiant invalide",
        "l'identifiant « {0} » ne suit pas la grammaire des fiches ({1}).{2}");
    public static readonly DiagnosticDescriptor IdTypeMismatch = new("CLS0107", Severity.Error, "Identifiant et type incohérents",
        "l'identifiant « {0} » désigne une fiche de type « {1} », mais le champ type vaut « {2} ». Corrigez l'un ou l'autre.");
    public static readonly DiagnosticDescriptor DuplicateId = new("CLS0108", Severity.Error, "Identifiant en double",
        "l'identifiant « {0} » est déjà utilisé par {1}. Chaque fiche doit avoir un identifiant unique.");
    public static readonly DiagnosticDescriptor MissingTerritory = new("CLS0109", Severity.Error, "Territoire absent",
        "l'expérience « {0} » n'a pas de territoire. Ajoutez « territory: » avec label, departement (code INSEE) et region.");
    public static readonly DiagnosticDescriptor FieldNotForType = new("CLS0110", Severity.Error, "Champ hors de propos",
        "le champ « {0} » ne s'applique pas aux fiches de type « {1} ». Retirez-le.");
    public static readonly DiagnosticDescriptor MissingDepartement = new("CLS0111", Severity.Error, "Département absent",
        "l'expérience externe « {0} » (territoire « {1} ») n'a pas de département. Ajoutez « departement: » sous territory, avec le code INSEE (« 56 », « 2A »…), pour la placer sur la carte ; « 99 » pour un cas à l'étranger ; « departement: non-precise » si la source ne dit pas où (l'expérience est alors listée hors de la carte, sans département deviné).");
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = new("CLS0112", Severity.Error, "Front matter non refermé",
        "le front matter ouvert à la ligne 1 par « --- » n'est jamais refermé. Ajoutez une ligne « --- » après le dernier champ, avant le texte de la fiche.");
    public static readonly DiagnosticDescriptor ListExpected = new("CLS0113", Severity.Warning, "Liste attendue",
        "le champ « {0} » attend une liste, pas un texte seul : écrivez « {0}: [{1}] ».");

    // 02xx: references between fiches and to data
    public static readonly DiagnosticDescriptor UnknownFiche = new("CLS0201", Severity.Error, "Fiche inconnue",
        "la fiche « {0} » n'existe pas.{1}");
    public static readonly DiagnosticDescriptor WrongRelationType = new("CLS0202", Severity.Error, "Relation vers un mauvais type",
        "{0} doit désigner {1}, mais « {2} » est {3}.{4}");
    public static readonly DiagnosticDescriptor SelfReference = new("CLS0203", Severity.Error, "Auto-référence",
        "la fiche « {0} » se cite elle-même ({1}). Retirez ce renvoi.");
    public static readonly DiagnosticDescriptor MissingAnchor = new("CLS0204", Severity.Error, "Ancre inconnue",
        "la fiche « {0} » n'a pas d'intertitre d'ancre « #{1} ».{2}");
    public static readonly DiagnosticDescriptor UnknownKeyword = new("CLS0205", Severity.Error, "Mot clef inconnu",
        "le mot clef « {0} » n'est pas dans content/mots-cles.yml.{1}");
    public static readonly DiagnosticDescriptor UnknownBibliographyRef = new("CLS0206", Severity.Error, "Notice bibliographique inconnue",
        "la notice « {0} » n'est pas dans content/bibliographie.yml.{1}");
    public static readonly DiagnosticDescriptor MissingLocalFile = new("CLS0207", Severity.Error, "Fichier local absent",
        "le fichier « {0} » est introuvable (chemin résolu : {1}). Vérifiez le nom et placez le fichier dans content/assets/.");
    public static readonly DiagnosticDescriptor UnsafeLink = new("CLS0208", Severity.Error, "Lien dangereux",
        "le lien « {0} » utilise un schéma refusé ({1}). Utilisez un lien http(s), mailto: ou un renvoi [[ID]].");
    public static readonly DiagnosticDescriptor PathOutsideContent = new("CLS0209", Severity.Error, "Chemin hors du contenu",
        "le chemin « {0} » sort du dossier content/. Placez le fichier dans content/assets/ et écrivez un chemin relatif à la fiche.");
    public static readonly DiagnosticDescriptor UnknownContainer = new("CLS0210", Severity.Error, "Bloc inconnu",
        "le bloc « ::: {0} » n'existe pas.{1} Blocs possibles : exemple, encadre, reussite, vigilance, lacune.");
    public static readonly DiagnosticDescriptor MalformedCrossReference = new("CLS0211", Severity.Error, "Renvoi mal formé",
        "le renvoi « {0} » est mal formé. Écrivez [[ID]], [[ID|libellé]] ou [[ID#ancre]], par exemple [[I-C-2-a]].");
    public static readonly DiagnosticDescriptor ContainerMissingArgument = new("CLS0212", Severity.Error, "Bloc incomplet",
        "le bloc « ::: {0} » attend {1}. Par exemple : « ::: {2} ».");
    public static readonly DiagnosticDescriptor DuplicateDataId = new("CLS0213", Severity.Error, "Identifiant de données en double",
        "l'identifiant « {0} » apparaît plusieurs fois dans {1}. Chaque entrée doit avoir un identifiant unique.");
    public static readonly DiagnosticDescriptor HeadingLevelSkipped = new("CLS0215", Severity.Warning, "Niveau d'intertitre sauté",
        "l'intertitre « {0} » est de niveau {1} mais suit un niveau {2} : {3}");
    public static readonly DiagnosticDescriptor DuplicateRelation = new("CLS0214", Severity.Warning, "Renvoi répété",
        "« {0} » figure plusieurs fois dans le champ {1}. Retirez le doublon.");
    public static readonly DiagnosticDescriptor UnknownResource = new("CLS0216", Severity.Error, "Ressource inconnue",
        "la ressource « {0} » n'existe pas dans content/ressources/.{1}");
    public static readonly DiagnosticDescriptor UnknownCase = new("CLS0217", Severity.Error, "Cas inconnu",
        "l'expérience externe « {0} » n'existe pas dans content/experiences-externes/.{1}");
    public static readonly DiagnosticDescriptor CaseNotReciprocal = new("CLS0218", Severity.Error, "Cas et source non réciproques",
        "{0} Ajoutez « {1} » au champ {2} de « {3} », ou retirez ce renvoi.");
    public static readonly DiagnosticDescriptor DuplicateGlossaryTerm = new("CLS0219", Severity.Error, "Sigle en double",
        "le sigle « {0} » est déjà défini dans content/glossaire.yml (entrée « {1} »). Fusionnez les deux entrées.");
    public static readonly DiagnosticDescriptor InvalidGlossaryId = new("CLS0220", Severity.Error, "Identifiant de sigle invalide",
        "l'identifiant de sigle « {0} » doit être en minuscules ASCII, sans espace (lettres, chiffres et tirets), car il sert d'ancre à la page du glossaire.{1}");
    public static readonly DiagnosticDescriptor UnreadableMarkdown = new("CLS0221", Severity.Error, "Markdown illisible",
        "la fiche ne peut pas être lue : {0}.");

    // 03xx: rendering and safety
    public static readonly DiagnosticDescriptor RawHtmlEscaped = new("CLS0301", Severity.Warning, "HTML brut échappé",
        "du HTML brut ({0}) est affiché comme du texte, car site.yml ne l'autorise pas (markdown.allow_html). Écrivez-le en Markdown.");
    public static readonly DiagnosticDescriptor TemplateError = new("CLS0302", Severity.Error, "Gabarit invalide",
        "le gabarit ne peut pas être utilisé : {0}");
    public static readonly DiagnosticDescriptor BrowserPackagesMissing = new("CLS0310", Severity.Error, "Paquets du navigateur absents",
        "le fichier « {0} » manque : les paquets npm du site (recherche, carte) ne sont pas installés. Lancez « npm ci --prefix {1} » (Node.js est nécessaire).");

    // 04xx: output
    public static readonly DiagnosticDescriptor OutputRefused = new("CLS0401", Severity.Error, "Dossier de sortie refusé",
        "le dossier de sortie « {0} » est refusé : {1}.");
    public static readonly DiagnosticDescriptor OutputFailed = new("CLS0402", Severity.Error, "Écriture impossible",
        "le site n'a pas pu être écrit : {0}. Le site précédent est conservé.");

    // 09xx: Classeur itself
    public static readonly DiagnosticDescriptor InternalError = new("CLS0900", Severity.Error, "Erreur interne",
        "Classeur a rencontré une erreur inattendue ({0}). Rien n'a été écrit : le site précédent est conservé. Signalez ce problème avec la dernière modification faite.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
}
