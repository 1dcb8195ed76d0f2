using Classeur.Model;

namespace Classeur.Authoring;

/// <summary>
/// Writes a new fiche under content/: picks the id (or checks the one asked for), names the file,
/// and never overwrites anything, since an editor's unsaved work may be the file in the way.
/// </summary>
public static class FicheScaffolder
{
    public static IReadOnlyList<string> RepereSections { get; } = ["A", "B", "C-1", "C-2"];

    public static ScaffoldResult Create(string contentDirectory, FicheType type, string title, string? section = null, string? requestedId = null)
    {
        if (string.IsNullOrWhiteSpace(title))
            return Refuse("le titre est vide. Écrivez-le entre guillemets, par exemple : classeur new experience \"Une plateforme mobilité\".");
        if (type == FicheType.Repere && section is not null && !RepereSections.Contains(section))
            return Refuse($"la section « {section} » n'existe pas. Sections possibles : {string.Join(", ", RepereSections)}.");

        var used = FicheIds.Used(contentDirectory);
        string id;
        if (requestedId is not null)
        {
            var parsed = FicheId.TryParse(requestedId);
            if (parsed is null || parsed.Type != type)
                return Refuse($"l'identifiant « {requestedId} » ne désigne pas {FicheTypes.WithArticle(type)} ({FicheId.Grammar}).");
            if (used.Contains(requestedId))
                return Refuse($"l'identifiant « {requestedId} » est déjà utilisé. Retirez --id pour que Classeur choisisse le suivant.");
            id = requestedId;
        }
        else
        {
            var next = FicheIds.Next(type, type == FicheType.Repere ? section ?? "C-2" : null, used);
            if (next is null)
                return Refuse("il n'y a plus d'identifiant libre dans cette section (la dernière lettre, z, est prise).");
            id = next;
        }

        var folder = Path.Combine(contentDirectory, FicheSkeleton.Folder(type));
        var path = Path.Combine(folder, FicheSkeleton.FileName(id, title.Trim()));
        try
        {
            Directory.CreateDirectory(folder);
            // CreateNew fails if the file appeared in the meantime: nothing existing is ever replaced.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(FicheSkeleton.For(type, id, title.Trim()));
        }
        catch (IOException) when (File.Exists(path))
        {
            return new ScaffoldResult(id, path, $"le fichier « {path} » existe déjà : il n'est pas remplacé. Renommez-le ou choisissez un autre titre.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScaffoldResult(id, path, $"le fichier « {path} » ne peut pas être écrit : {e.Message}");
        }
        return new ScaffoldResult(id, path, null);
    }

    private static ScaffoldResult Refuse(string reason) => new(null, null, reason);
}
