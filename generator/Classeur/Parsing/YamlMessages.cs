using YamlDotNet.Core;

namespace Classeur.Parsing;

/// <summary>YamlDotNet speaks English; editors read French. The common cases are translated.</summary>
public static class YamlMessages
{
    public static string Translate(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var french = message switch
        {
            _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) =>
                "une clé était attendue ici (indentation incohérente, ou valeur qui contient « : » sans guillemets)",
            _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) =>
                "« : » inattendu (mettez la valeur entre guillemets si elle contient « : »)",
            _ when message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) =>
                "la structure est interrompue (crochet, guillemet ou tiret manquant)",
            _ when message.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase) =>
                "fin inattendue (un guillemet ou un crochet n'est pas refermé)",
            _ when message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) =>
                "une clé apparaît deux fois",
            _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) =>
                "une tabulation est utilisée pour l'indentation (utilisez des espaces)",
            _ => "erreur de syntaxe",
        };
        return $"{french} [{message}]";
    }
}
