using Classeur.Model;
using Classeur.Text;

namespace Classeur.Validation;

/// <summary>
/// Finds the fiche an editor probably meant: same id in another case, a near id (typo), or a fiche
/// whose title matches what was written (someone wrote a title where an id was expected). Never the
/// fiche the reference is written in.
/// </summary>
internal sealed class FicheSuggester(Manual manual)
{
    private readonly IReadOnlyList<(string Slug, Fiche Fiche)> _titles = manual.Fiches
        .SelectMany(f => new[] { f.Title, f.ShortTitle }.OfType<string>().Select(t => (Slugger.Slugify(t), f)))
        .ToList();

    /// <param name="from">The fiche where the reference is written: never suggested, a fiche does not cite itself.</param>
    public string Suggest(string written, Func<Fiche, bool>? acceptable = null, Fiche? from = null)
    {
        // Not a typo: the fiche exists, but as a draft that this build does not publish.
        if (manual.UnpublishedDrafts.FirstOrDefault(d => d.Id.Value == written) is { } draft)
            return $" C'est un brouillon ({draft.SourcePath}) : build ne publie pas les brouillons. Retirez « status: brouillon » de la fiche pour la publier, ou construisez avec --brouillons.";
        var wanted = acceptable ?? (_ => true);
        acceptable = f => f != from && wanted(f);
        var candidates = manual.Fiches.Where(acceptable).ToList();
        var sameIgnoringCase = candidates.FirstOrDefault(f => string.Equals(f.Id.Value, written, StringComparison.OrdinalIgnoreCase));
        if (sameIgnoringCase is not null) return Format(sameIgnoringCase);

        var nearest = Suggestions.Nearest(written, candidates.Select(f => f.Id.Value), 2);
        if (nearest is not null) return Format(manual.Find(nearest)!);

        var slug = Slugger.Slugify(written);
        if (slug.Length >= 4)
        {
            var byTitle = _titles.FirstOrDefault(t => acceptable(t.Fiche) && (t.Slug == slug || t.Slug.Contains(slug, StringComparison.Ordinal)));
            if (byTitle.Fiche is not null) return Format(byTitle.Fiche);
            var nearTitle = Suggestions.Nearest(slug, _titles.Where(t => acceptable(t.Fiche)).Select(t => t.Slug));
            if (nearTitle is not null) return Format(_titles.First(t => t.Slug == nearTitle && acceptable(t.Fiche)).Fiche);
        }
        return "";
    }

    private static string Format(Fiche fiche) => Suggestions.DidYouMean(fiche.Id.Value, fiche.Label);
}
