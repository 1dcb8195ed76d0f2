namespace Classeur.Content;

/// <summary>.NET's file errors are in English: what they mean for an editor, in French.</summary>
internal static class IoMessages
{
    public static string French(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "il est introuvable (un lien symbolique cassé, ou un fichier supprimé pendant la lecture ?)",
        UnauthorizedAccessException => "l'accès est refusé (vérifiez les droits du fichier ou du dossier)",
        PathTooLongException => "son chemin est trop long pour le système",
        IOException when e.Message.Contains("symbolic links", StringComparison.OrdinalIgnoreCase) => "trop de liens symboliques s'enchaînent (une boucle de liens ?)",
        IOException when e.Message.Contains("space", StringComparison.OrdinalIgnoreCase) => "le disque est plein",
        IOException when e.Message.Contains("too long", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("2 GB", StringComparison.OrdinalIgnoreCase) => "il est trop volumineux pour être lu (2 Go au plus)",
        IOException when e.Message.Contains("Not a directory", StringComparison.OrdinalIgnoreCase) => "un élément du chemin est un fichier, là où un dossier est attendu",
        IOException when e.Message.Contains("Read-only", StringComparison.OrdinalIgnoreCase) => "le disque est en lecture seule",
        IOException when e.Message.Contains("being used", StringComparison.OrdinalIgnoreCase) => "il est ouvert par un autre programme",
        _ => $"erreur d'entrée-sortie du système ({e.GetType().Name})",
    };
}
