namespace Classeur.Model;

/// <summary>
/// What an outside document is (a resource's `document:`): kind, authors, date, length… `Inferred`
/// names the fields deduced rather than printed in it, so pages can say « (déduit) ».
/// </summary>
public sealed record DocumentInfo(
    string? Kind, IReadOnlyList<string> Authors, string? Organisation, string? Publisher, string? Date,
    string? Length, string? Language, IReadOnlyList<Located<string>> Inferred)
{
    /// <summary>The fields `inferred` may name (`title`: the page's title, when the document prints none).</summary>
    public static IReadOnlyList<string> Fields { get; } = ["title", "kind", "authors", "organisation", "publisher", "date", "length", "language"];

    public bool IsInferred(string field) => Inferred.Any(i => i.Value == field);
}
