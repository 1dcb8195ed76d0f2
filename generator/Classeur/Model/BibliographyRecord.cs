namespace Classeur.Model;

/// <summary>
/// A record of content/bibliographie.yml, cited by fiches with `resources: - ref: id`. Section and
/// Group are the printed headings above it (outer, inner); Intro, a printed lead-in just before it.
/// </summary>
public sealed record BibliographyRecord(
    string Id, string Title, IReadOnlyList<string> Authors, string? Organisation, string? Date,
    string? Publisher, string? Url, string? Group, string? Note, string? Section = null, string? Intro = null)
{
    /// <summary>One line for lists: « Titre » – Auteurs – Éditeur – date.</summary>
    public string Citation
    {
        get
        {
            var parts = new List<string> { Title };
            if (Authors.Count > 0) parts.Add(string.Join(", ", Authors));
            else if (Organisation is not null) parts.Add(Organisation);
            if (Publisher is not null) parts.Add(Publisher);
            if (Date is not null) parts.Add(Date);
            return string.Join(" – ", parts);
        }
    }
}
