using System.Globalization;

namespace Classeur.Editions;

/// <summary>
/// Turns what the user wrote after `--depuis` into a commit: a git tag first, then a date
/// AAAA-MM-JJ (the content as it stood when that day began, so that a change made on the day itself
/// is reprinted rather than missed), then any other name git knows (a commit id, a branch). Problems
/// come back in French, with the tags that do exist.
/// </summary>
internal static class EditionResolver
{
    public static (EditionReference? Edition, string? Problem) Resolve(string contentDirectory, string reference)
    {
        var git = GitRepository.Find(contentDirectory);
        if (git is null)
            return (null, $"le dossier des fiches ({contentDirectory}) n'est pas dans un dépôt Git (ou la commande git est absente) : « --depuis » compare avec une édition enregistrée dans Git.");
        var name = reference.Trim();
        if (git.Tag(name) is { } tagged)
            return (new EditionReference(name, tagged, git.TagDate(name), true), null);
        if (DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return git.LastCommitBefore(day) is { } commit
                ? (new EditionReference(name, commit, git.CommitDate(commit), false), null)
                : (null, $"aucun enregistrement Git avant le {EditionReference.FrenchDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))} : l'historique commence après cette date.");
        }
        // Also any other name git knows (a commit id, a branch): a staff member may have noted one.
        if (git.Revision(name) is { } revision)
            return (new EditionReference(name, revision, git.CommitDate(revision), false), null);
        var tags = git.Tags();
        var known = tags.Count == 0
            ? " Aucune étiquette n'existe encore : après une impression, marquez l'édition avec « git tag -a edition-AAAA-MM -m \"Édition imprimée\" »."
            : $" Étiquettes connues : {string.Join(", ", tags.Take(10))}{(tags.Count > 10 ? "…" : "")}.";
        return (null, $"« {name} » n'est ni une étiquette Git, ni une date AAAA-MM-JJ, ni un commit.{known}");
    }

    /// <summary>The latest tag reachable from HEAD, or null when the content is not in Git or nothing is tagged.</summary>
    public static EditionReference? Latest(string contentDirectory)
    {
        // Every build asks: answered from the files when it is « no », without starting git.
        if (!GitRepository.MayHaveTags(contentDirectory)) return null;
        var git = GitRepository.Find(contentDirectory);
        if (git?.LatestTag() is not { } tag || git.Tag(tag) is not { } commit) return null;
        return new EditionReference(tag, commit, git.TagDate(tag), true);
    }
}
