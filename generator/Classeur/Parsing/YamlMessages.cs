namespace Classeur.Parsing;

/// <summary>
/// YamlDotNet speaks English; editors read French. Every message its scanner and parser can give is
/// said in French, with what to do; an unforeseen one gets a general French sentence, never the English.
/// </summary>
internal static class YamlMessages
{
    private static readonly (string English, string French)[] Table =
    [
        ("invalid tab", Tab),
        ("tab character", Tab),
        ("comment", "un commentaire « # » est mal placé : laissez une espace avant « # », ou mettez entre guillemets une valeur qui contient « # »"),
        ("flow sequence", "une liste « [ … ] » n'est pas refermée par « ] », ou deux de ses éléments ne sont pas séparés par une virgule"),
        ("flow mapping", "une accolade « { » n'est pas refermée par « } », ou deux de ses champs ne sont pas séparés par une virgule"),
        ("quoted scalar, found unexpected end of stream", "un guillemet ouvert ici n'est jamais refermé"),
        ("unknown escape character", "une barre oblique inverse « \\ » entre guillemets doubles n'est suivie d'aucun code connu : doublez-la (« \\\\ ») ou utilisez des guillemets simples"),
        ("hexadecimal number", "le code « \\x », « \\u » ou « \\U » d'un texte entre guillemets doubles n'est pas un nombre hexadécimal valide"),
        ("unicode", "le code « \\u » ou « \\U » d'un texte entre guillemets doubles ne désigne pas un caractère valide"),
        ("quoted scalar, found unexpected document indicator", "une ligne « --- » ou « ... » se trouve dans un texte entre guillemets : un guillemet n'est sans doute pas refermé"),
        ("double-quoted scalar, found wrong indentation", "le texte entre guillemets ouvert ici n'est pas refermé sur sa ligne : ajoutez le guillemet fermant (ou, pour un texte sur plusieurs lignes, mettez la suite en retrait)"),
        ("block mapping, did not find expected key", "un champ « nom: valeur » était attendu ici : l'indentation ne suit pas celle des lignes précédentes, ou du texte suit le guillemet fermant d'une valeur"),
        ("block collection, did not find expected '-'", "un élément de liste « - » était attendu ici : l'indentation de la liste est incohérente"),
        ("mapping values are not allowed", Colon),
        ("found invalid mapping", Colon),
        ("could not find expected ':'", "le « : » qui suit le nom du champ manque (ou la ligne est trop longue pour être un nom de champ)"),
        ("block sequence entries are not allowed", "un tiret « - » de liste ne peut pas se trouver ici : passez à la ligne pour commencer une liste, ou mettez entre guillemets une valeur qui commence par « - »"),
        ("mapping keys are not allowed", Question),
        ("key indicator", Question),
        ("did not find expected node content", "une valeur était attendue ici : la liste ou le champ s'arrête trop tôt"),
        ("cannot start any token", "une valeur ne peut pas commencer par « @ » ni par « ` » : mettez-la entre guillemets"),
        ("duplicate key", "ce champ apparaît deux fois : gardez-en un seul"),
        ("anchor", Anchor),
        ("alias", Anchor),
        ("directive", Directive),
        ("tag", "une valeur qui commence par « ! » est lue comme une étiquette YAML : mettez-la entre guillemets"),
        ("incompatible yaml document", Directive),
        ("block scalar", "le bloc de texte « | » ou « > » est mal formé : ses lignes doivent être en retrait, toutes du même nombre d'espaces"),
        ("document end", Documents),
        ("document start", Documents),
        ("document-end", Documents),
        ("document-start", Documents),
        ("end of the stream", "le texte s'arrête trop tôt : une liste, un champ ou un guillemet n'est pas terminé"),
        ("end of stream", "le texte s'arrête trop tôt : une liste, un champ ou un guillemet n'est pas terminé"),
        ("max depth", "les listes et les champs sont imbriqués trop profondément"),
    ];

    private const string Tab = "une tabulation sert d'indentation ici, or YAML n'accepte que des espaces : remplacez-la par des espaces";
    private const string Colon = "« : » inattendu : mettez entre guillemets une valeur qui contient « : » (par exemple « title: \"Bilan : 2010\" »), ou vérifiez l'indentation";
    private const string Question = "« ? » inattendu en début de valeur : mettez la valeur entre guillemets";
    private const string Anchor = "une valeur qui commence par « & » ou « * » est lue comme une ancre YAML : mettez-la entre guillemets";
    private const string Directive = "une ligne qui commence par « % » est lue comme une directive YAML : mettez la valeur entre guillemets";
    private const string Documents = "une ligne « --- » ou « ... » coupe le texte en plusieurs documents YAML : un seul est attendu";

    /// <summary>What a YamlDotNet message means, in French, with the fix; never English.</summary>
    public static string French(string english)
    {
        foreach (var prefix in (string[])["Duplicate key ", "Encountered duplicate key "])
        {
            if (english.StartsWith(prefix, StringComparison.Ordinal))
                return $"le champ « {english[prefix.Length..].Trim()} » apparaît deux fois : gardez-en un seul";
        }
        foreach (var (key, french) in Table)
        {
            if (english.Contains(key, StringComparison.OrdinalIgnoreCase)) return french;
        }
        return "la syntaxe YAML n'est pas valide à cet endroit : vérifiez l'indentation (des espaces, pas de tabulation), les crochets, les guillemets, et mettez entre guillemets une valeur qui contient « : » ou « # »";
    }
}
