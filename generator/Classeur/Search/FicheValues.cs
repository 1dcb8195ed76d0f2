using System.Collections;

namespace Classeur.Search;

/// <summary>
/// A fiche's field values (<see cref="SearchDocument.Values"/>) whose last, its whole text, is joined only
/// if read: the index counts the fiche's text as its sections' (<see cref="Bm25Weights"/>) and never reads
/// it, while lunr.js, in the compatibility test, indexes it. Joining every fiche's text was a second copy
/// of the manual.
/// </summary>
internal sealed class FicheValues(string?[] fields, string intro, IReadOnlyList<string> sections) : IReadOnlyList<string?>
{
    private string? _text;

    public int Count => fields.Length + 1;

    public string? this[int index] =>
        index == fields.Length ? _text ??= string.Join(" ", sections.Prepend(intro).Where(t => t.Length > 0)) : fields[index];

    public IEnumerator<string?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
