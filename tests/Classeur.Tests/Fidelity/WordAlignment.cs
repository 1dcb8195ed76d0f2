namespace Classeur.Tests.Fidelity;

/// <summary>
/// Longest common subsequence of two word sequences: how many seed words are found, in order, in
/// the fiche, and which runs of seed words are not.
/// </summary>
public static class WordAlignment
{
    public static (int Matched, IReadOnlyList<string> MissingPassages) Align(IReadOnlyList<string> seed, IReadOnlyList<string> fiche)
    {
        var n = seed.Count;
        var m = fiche.Count;
        var table = new ushort[(n + 1) * (m + 1)];
        int At(int i, int j) => (i * (m + 1)) + j;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[At(i, j)] = seed[i] == fiche[j]
                    ? (ushort)(table[At(i + 1, j + 1)] + 1)
                    : Math.Max(table[At(i + 1, j)], table[At(i, j + 1)]);
            }
        }

        var matched = new bool[n];
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (seed[i] == fiche[j]) { matched[i] = true; i++; j++; }
            else if (table[At(i + 1, j)] >= table[At(i, j + 1)]) i++;
            else j++;
        }

        CountMovedPassages(seed, fiche, matched);

        var passages = new List<string>();
        for (var i = 0; i < n;)
        {
            if (matched[i]) { i++; continue; }
            var start = i;
            while (i < n && !matched[i]) i++;
            passages.Add(string.Join(' ', seed.Skip(Math.Max(0, start - 3)).Take(i - start + 6)) + $"  [{i - start} mot(s) manquant(s)]");
        }
        return (matched.Count(x => x), passages);
    }

    /// <summary>
    /// A sidebar or a column that the extraction serialised after the page footer is put back where
    /// the print had it: such a passage is out of order but whole. An unmatched run found intact
    /// elsewhere in the fiche counts as kept.
    /// </summary>
    private static void CountMovedPassages(IReadOnlyList<string> seed, IReadOnlyList<string> fiche, bool[] matched)
    {
        const int MinimumRun = 4;
        var ficheText = " " + string.Join(' ', fiche) + " ";
        for (var i = 0; i < seed.Count;)
        {
            if (matched[i]) { i++; continue; }
            var end = i;
            while (end < seed.Count && !matched[end]) end++;
            // Greedy: the longest stretch from i found intact in the fiche, then on from its end.
            while (i < end)
            {
                var length = end - i;
                while (length >= MinimumRun && !ficheText.Contains(" " + string.Join(' ', seed.Skip(i).Take(length)) + " ", StringComparison.Ordinal))
                    length--;
                if (length >= MinimumRun)
                {
                    Array.Fill(matched, true, i, length);
                    i += length;
                }
                else
                {
                    i++;
                }
            }
        }
    }
}
