namespace Classeur.Search;

/// <summary>
/// The terms of the index, numbered once the threads have read the documents, counter after counter
/// (<see cref="TermCounter"/> numbers its own). The numbers depend on the threads' timing, so nothing
/// written may follow them: they only index arrays.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    public int Id(string term)
    {
        lock (_ids)
        {
            if (_ids.TryGetValue(term, out var id)) return id;
            _ids[term] = _terms.Count;
            _terms.Add(term);
            return _terms.Count - 1;
        }
    }

    public bool TryGet(string term, out int id)
    {
        lock (_ids) return _ids.TryGetValue(term, out id);
    }

    /// <summary>The terms by number, once every document has been read.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (_ids) return [.. _terms];
    }
}
