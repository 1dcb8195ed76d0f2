namespace Classeur.Search;

/// <summary>One suffix of a Snowball table: the string, the index of its longest prefix entry, the rule it selects.</summary>
internal sealed record Among(string S, int SubstringI, int Result);

/// <summary>
/// The Snowball runtime, ported line for line from lunr-languages' lunr.stemmer.support.js so that the
/// C# stemmer gives the very stems lunr.fr gives in the browser (a test compares them word by word).
/// Works on UTF-16 code units, as JavaScript does.
/// </summary>
internal sealed class SnowballProgram
{
    private string _current = "";

    public int Cursor;
    public int Limit;
    public int LimitBackward;
    public int Bra;
    public int Ket;

    public void SetCurrent(string word)
    {
        _current = word;
        Cursor = 0;
        Limit = word.Length;
        LimitBackward = 0;
        Bra = Cursor;
        Ket = Limit;
    }

    public string Current => _current;

    public bool InGrouping(byte[] s, int min, int max)
    {
        if (Cursor >= Limit) return false;
        int ch = _current[Cursor];
        if (ch > max || ch < min) return false;
        ch -= min;
        if ((s[ch >> 3] & (1 << (ch & 7))) == 0) return false;
        Cursor++;
        return true;
    }

    public bool InGroupingB(byte[] s, int min, int max)
    {
        if (Cursor <= LimitBackward) return false;
        int ch = _current[Cursor - 1];
        if (ch > max || ch < min) return false;
        ch -= min;
        if ((s[ch >> 3] & (1 << (ch & 7))) == 0) return false;
        Cursor--;
        return true;
    }

    public bool OutGrouping(byte[] s, int min, int max)
    {
        if (Cursor >= Limit) return false;
        int ch = _current[Cursor];
        if (ch > max || ch < min || (s[(ch - min) >> 3] & (1 << ((ch - min) & 7))) == 0)
        {
            Cursor++;
            return true;
        }
        return false;
    }

    public bool OutGroupingB(byte[] s, int min, int max)
    {
        if (Cursor <= LimitBackward) return false;
        int ch = _current[Cursor - 1];
        if (ch > max || ch < min || (s[(ch - min) >> 3] & (1 << ((ch - min) & 7))) == 0)
        {
            Cursor--;
            return true;
        }
        return false;
    }

    public bool EqS(string s)
    {
        if (Limit - Cursor < s.Length) return false;
        for (var i = 0; i < s.Length; i++)
            if (_current[Cursor + i] != s[i]) return false;
        Cursor += s.Length;
        return true;
    }

    public bool EqSB(string s)
    {
        if (Cursor - LimitBackward < s.Length) return false;
        for (var i = 0; i < s.Length; i++)
            if (_current[Cursor - s.Length + i] != s[i]) return false;
        Cursor -= s.Length;
        return true;
    }

    public int FindAmong(Among[] v)
    {
        int i = 0, j = v.Length, c = Cursor, l = Limit, commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            int k = i + ((j - i) >> 1), diff = 0, common = commonI < commonJ ? commonI : commonJ;
            var w = v[k];
            for (var i2 = common; i2 < w.S.Length; i2++)
            {
                if (c + common == l) { diff = -1; break; }
                diff = _current[c + common] - w.S[i2];
                if (diff != 0) break;
                common++;
            }
            if (diff < 0) { j = k; commonJ = common; }
            else { i = k; commonI = common; }
            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected) break;
                firstKeyInspected = true;
            }
        }
        while (true)
        {
            var w = v[i];
            if (commonI >= w.S.Length)
            {
                Cursor = c + w.S.Length;
                return w.Result;
            }
            i = w.SubstringI;
            if (i < 0) return 0;
        }
    }

    public int FindAmongB(Among[] v)
    {
        int i = 0, j = v.Length, c = Cursor, lb = LimitBackward, commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            int k = i + ((j - i) >> 1), diff = 0, common = commonI < commonJ ? commonI : commonJ;
            var w = v[k];
            for (var i2 = w.S.Length - 1 - common; i2 >= 0; i2--)
            {
                if (c - common == lb) { diff = -1; break; }
                diff = _current[c - 1 - common] - w.S[i2];
                if (diff != 0) break;
                common++;
            }
            if (diff < 0) { j = k; commonJ = common; }
            else { i = k; commonI = common; }
            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected) break;
                firstKeyInspected = true;
            }
        }
        while (true)
        {
            var w = v[i];
            if (commonI >= w.S.Length)
            {
                Cursor = c - w.S.Length;
                return w.Result;
            }
            i = w.SubstringI;
            if (i < 0) return 0;
        }
    }

    private void ReplaceS(int cBra, int cKet, string s)
    {
        var adjustment = s.Length - (cKet - cBra);
        _current = string.Concat(_current.AsSpan(0, cBra), s, _current.AsSpan(cKet));
        Limit += adjustment;
        if (Cursor >= cKet) Cursor += adjustment;
        else if (Cursor > cBra) Cursor = cBra;
    }

    public void SliceFrom(string s)
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > _current.Length)
            throw new InvalidOperationException("faulty slice operation");
        ReplaceS(Bra, Ket, s);
    }

    public void SliceDel() => SliceFrom("");
}
