// Port of lunr-languages' lunr.fr.js (Copyright 2014, Mihai Valentin), itself based on the Snowball
// JavaScript Library v0.3 (Copyright 2010, Oleg Mazko). The original code is subject to the Mozilla
// Public License 1.1 (http://www.mozilla.org/MPL/); this port (FrenchStemmer*.cs, FrenchStemmerTables.cs,
// SnowballProgram.cs) is covered by that licence too. The original is in templates/node_modules/lunr-languages.
using static Classeur.Search.FrenchStemmerTables;

namespace Classeur.Search;

/// <summary>
/// The Snowball French stemmer of lunr-languages (lunr.fr.js), ported routine for routine, names kept,
/// so that a stem computed here equals the stem lunr.fr computes in the browser. Not thread-safe: one
/// instance per builder.
/// </summary>
internal sealed partial class FrenchStemmer
{
    private readonly SnowballProgram _sbp = new();
    private int _p2, _p1, _pV;

    public string Stem(string word)
    {
        _sbp.SetCurrent(word);
        var v1 = _sbp.Cursor;
        Prelude();
        _sbp.Cursor = v1;
        MarkRegions();
        _sbp.LimitBackward = v1;
        _sbp.Cursor = _sbp.Limit;
        Habr5();
        _sbp.Cursor = _sbp.Limit;
        UnDouble();
        _sbp.Cursor = _sbp.Limit;
        UnAccent();
        _sbp.Cursor = _sbp.LimitBackward;
        Postlude();
        return _sbp.Current;
    }

    private bool Habr1(string c1, string c2, int v1)
    {
        if (!_sbp.EqS(c1)) return false;
        _sbp.Ket = _sbp.Cursor;
        if (!_sbp.InGrouping(GV, 97, 251)) return false;
        _sbp.SliceFrom(c2);
        _sbp.Cursor = v1;
        return true;
    }

    private bool Habr2(string c1, string c2, int v1)
    {
        if (!_sbp.EqS(c1)) return false;
        _sbp.Ket = _sbp.Cursor;
        _sbp.SliceFrom(c2);
        _sbp.Cursor = v1;
        return true;
    }

    private void Prelude()
    {
        while (true)
        {
            var v1 = _sbp.Cursor;
            if (_sbp.InGrouping(GV, 97, 251))
            {
                _sbp.Bra = _sbp.Cursor;
                var v2 = _sbp.Cursor;
                if (Habr1("u", "U", v1)) continue;
                _sbp.Cursor = v2;
                if (Habr1("i", "I", v1)) continue;
                _sbp.Cursor = v2;
                if (Habr2("y", "Y", v1)) continue;
            }
            _sbp.Cursor = v1;
            _sbp.Bra = v1;
            if (!Habr1("y", "Y", v1))
            {
                _sbp.Cursor = v1;
                if (_sbp.EqS("q"))
                {
                    _sbp.Bra = _sbp.Cursor;
                    if (Habr2("u", "U", v1)) continue;
                }
                _sbp.Cursor = v1;
                if (v1 >= _sbp.Limit) return;
                _sbp.Cursor++;
            }
        }
    }

    private bool Habr3()
    {
        while (!_sbp.InGrouping(GV, 97, 251))
        {
            if (_sbp.Cursor >= _sbp.Limit) return true;
            _sbp.Cursor++;
        }
        while (!_sbp.OutGrouping(GV, 97, 251))
        {
            if (_sbp.Cursor >= _sbp.Limit) return true;
            _sbp.Cursor++;
        }
        return false;
    }

    private void MarkRegions()
    {
        var v1 = _sbp.Cursor;
        _pV = _sbp.Limit;
        _p1 = _pV;
        _p2 = _pV;
        if (_sbp.InGrouping(GV, 97, 251) && _sbp.InGrouping(GV, 97, 251) && _sbp.Cursor < _sbp.Limit)
            _sbp.Cursor++;
        else
        {
            _sbp.Cursor = v1;
            if (_sbp.FindAmong(A0) == 0)
            {
                _sbp.Cursor = v1;
                do
                {
                    if (_sbp.Cursor >= _sbp.Limit)
                    {
                        _sbp.Cursor = _pV;
                        break;
                    }
                    _sbp.Cursor++;
                } while (!_sbp.InGrouping(GV, 97, 251));
            }
        }
        _pV = _sbp.Cursor;
        _sbp.Cursor = v1;
        if (!Habr3())
        {
            _p1 = _sbp.Cursor;
            if (!Habr3()) _p2 = _sbp.Cursor;
        }
    }

    private void Postlude()
    {
        while (true)
        {
            var v1 = _sbp.Cursor;
            _sbp.Bra = v1;
            var amongVar = _sbp.FindAmong(A1);
            if (amongVar == 0) break;
            _sbp.Ket = _sbp.Cursor;
            switch (amongVar)
            {
                case 1: _sbp.SliceFrom("i"); break;
                case 2: _sbp.SliceFrom("u"); break;
                case 3: _sbp.SliceFrom("y"); break;
                case 4:
                    if (_sbp.Cursor >= _sbp.Limit) return;
                    _sbp.Cursor++;
                    break;
            }
        }
    }

    private bool RV() => _pV <= _sbp.Cursor;

    private bool R1() => _p1 <= _sbp.Cursor;

    private bool R2() => _p2 <= _sbp.Cursor;
}
