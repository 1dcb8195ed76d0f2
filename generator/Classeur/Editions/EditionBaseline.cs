namespace Classeur.Editions;

/// <summary>
/// The printed text of every fiche of a past edition (read by <c>Build.EditionLoader</c>), to compare
/// with today's.
/// </summary>
public sealed record EditionBaseline(EditionReference Edition, IReadOnlyList<PrintedFiche> Fiches)
{
    private readonly Dictionary<string, PrintedFiche> _byId = Fiches.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public PrintedFiche? Find(string id) => _byId.GetValueOrDefault(id);
}
