using Classeur.Model;
using Classeur.Rendering;
using Classeur.Text;

namespace Classeur.Print;

/// <summary>
/// Which fiches to print: all of them, or those asked for by id, part, region or keyword (the filters
/// add up: « --partie III --region Bretagne » is the expériences of Bretagne). Regions and keywords
/// are compared as slugs, so « bretagne » or « Ile-de-France » find what the fiches spell with accents.
/// </summary>
public sealed record PrintSelection(string? Ids = null, string? Part = null, string? Region = null, string? Keyword = null)
{
    /// <summary>What the selection holds, as its binder's cover says it: « Mot clef : Coopération », « Région : Bretagne »…</summary>
    public IReadOnlyList<string> Describe(Manual manual)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(Part) && manual.Fiches.Any(f => f.Id.Value.Split('-')[0] == Part.Trim().ToUpperInvariant()))
            lines.Add($"Partie {Part.Trim().ToUpperInvariant()}");
        if (!string.IsNullOrWhiteSpace(Region) && manual.Fiches.Select(f => f.Territory?.Region).OfType<string>().FirstOrDefault(r => Slugger.Slugify(r) == Slugger.Slugify(Region)) is { } region)
            lines.Add($"Région : {region}");
        if (!string.IsNullOrWhiteSpace(Keyword) && manual.Keywords.FirstOrDefault(k => k.Id == Keyword.Trim() || Slugger.Slugify(k.Label) == Slugger.Slugify(Keyword)) is { } keyword)
            lines.Add($"Mot clef : {keyword.Display}");
        if (!string.IsNullOrWhiteSpace(Ids))
            lines.Add("Fiches : " + string.Join(", ", Ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => manual.Find(id)?.Id.Value ?? id)));
        return lines;
    }

    /// <summary>The selected fiches in the manual's order, or a French problem naming what is unknown.</summary>
    public (IReadOnlyList<Fiche> Fiches, string? Problem) Apply(Manual manual)
    {
        var printable = FichePdfs.Printable(manual);
        IEnumerable<Fiche> fiches = printable;
        if (!string.IsNullOrWhiteSpace(Ids))
        {
            var wanted = Ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = wanted.Where(id => !printable.Any(f => f.Id.Value.Equals(id, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0) return ([], $"fiche inconnue pour --fiches : {string.Join(", ", unknown)}.");
            fiches = fiches.Where(f => wanted.Contains(f.Id.Value, StringComparer.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(Part))
        {
            var part = Part.Trim().ToUpperInvariant();
            if (part is not ("I" or "II" or "III")) return ([], $"partie inconnue pour --partie : « {Part} » (I, II ou III).");
            fiches = fiches.Where(f => f.Id.Value.Split('-')[0] == part);
        }
        if (!string.IsNullOrWhiteSpace(Region))
        {
            var region = Slugger.Slugify(Region);
            var known = manual.Fiches.Select(f => f.Territory?.Region).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!known.Any(r => Slugger.Slugify(r) == region))
                return ([], $"région inconnue pour --region : « {Region} ». Régions des fiches : {string.Join(", ", known)}.");
            fiches = fiches.Where(f => f.Territory?.Region is { } r && Slugger.Slugify(r) == region);
        }
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            var keyword = manual.Keywords.FirstOrDefault(k => k.Id == Keyword.Trim() || Slugger.Slugify(k.Label) == Slugger.Slugify(Keyword));
            if (keyword is null) return ([], $"mot clef inconnu pour --mot-cle : « {Keyword} » (voir content/mots-cles.yml).");
            fiches = fiches.Where(f => f.Keywords.Any(k => k.Value == keyword.Id));
        }
        return (fiches.ToList(), null);
    }
}
