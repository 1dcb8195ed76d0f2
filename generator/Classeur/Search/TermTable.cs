namespace Classeur.Search;

/// <summary>
/// The terms of the index numbered as the threads reading the documents meet them. The numbers depend on
/// the threads' timing, so nothing written may follow them: they only index arrays. A thread asks here once
/// per distinct token it meets (<see cref="TermCounter"/> remembers the answer), hence the plain lock.
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
