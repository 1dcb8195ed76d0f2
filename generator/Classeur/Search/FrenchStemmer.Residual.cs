using static Classeur.Search.FrenchStemmerTables;

namespace Classeur.Search;

/// <summary>The last steps of the French stemmer: residual suffixes, undoubling, unaccenting, as lunr.fr.js has them.</summary>
internal sealed partial class FrenchStemmer
{
    private void ResidualSuffix()
    {
        var v1 = _sbp.Limit - _sbp.Cursor;
        _sbp.Ket = _sbp.Cursor;
        if (_sbp.EqSB("s"))
        {
            _sbp.Bra = _sbp.Cursor;
            var v2 = _sbp.Limit - _sbp.Cursor;
            if (_sbp.OutGroupingB(GKeepWithS, 97, 232))
            {
                _sbp.Cursor = _sbp.Limit - v2;
                _sbp.SliceDel();
            }
            else _sbp.Cursor = _sbp.Limit - v1;
        }
        else _sbp.Cursor = _sbp.Limit - v1;
        if (_sbp.Cursor < _pV) return;

        var v4 = _sbp.LimitBackward;
        _sbp.LimitBackward = _pV;
        _sbp.Ket = _sbp.Cursor;
        var amongVar = _sbp.FindAmongB(A7);
        if (amongVar != 0)
        {
            _sbp.Bra = _sbp.Cursor;
            switch (amongVar)
            {
                case 1:
                    if (R2())
                    {
                        var v5 = _sbp.Limit - _sbp.Cursor;
                        if (!_sbp.EqSB("s"))
                        {
                            _sbp.Cursor = _sbp.Limit - v5;
                            if (!_sbp.EqSB("t")) break;
                        }
                        _sbp.SliceDel();
                    }
                    break;
                case 2:
                    _sbp.SliceFrom("i");
                    break;
                case 3:
                    _sbp.SliceDel();
                    break;
                case 4:
                    if (_sbp.EqSB("gu")) _sbp.SliceDel();
                    break;
            }
        }
        _sbp.LimitBackward = v4;
    }

    private void UnDouble()
    {
        var v1 = _sbp.Limit - _sbp.Cursor;
        if (_sbp.FindAmongB(A8) == 0) return;
        _sbp.Cursor = _sbp.Limit - v1;
        _sbp.Ket = _sbp.Cursor;
        if (_sbp.Cursor > _sbp.LimitBackward)
        {
            _sbp.Cursor--;
            _sbp.Bra = _sbp.Cursor;
            _sbp.SliceDel();
        }
    }

    private void UnAccent()
    {
        var v2 = 1;
        while (_sbp.OutGroupingB(GV, 97, 251)) v2--;
        if (v2 > 0) return;
        _sbp.Ket = _sbp.Cursor;
        var v1 = _sbp.Limit - _sbp.Cursor;
        if (!_sbp.EqSB("\u00E9"))
        {
            _sbp.Cursor = _sbp.Limit - v1;
            if (!_sbp.EqSB("\u00E8")) return;
        }
        _sbp.Bra = _sbp.Cursor;
        _sbp.SliceFrom("e");
    }

    private void Habr5()
    {
        if (!StandardSuffix())
        {
            _sbp.Cursor = _sbp.Limit;
            if (!IVerbSuffix())
            {
                _sbp.Cursor = _sbp.Limit;
                if (!VerbSuffix())
                {
                    _sbp.Cursor = _sbp.Limit;
                    ResidualSuffix();
                    return;
                }
            }
        }
        _sbp.Cursor = _sbp.Limit;
        _sbp.Ket = _sbp.Cursor;
        if (_sbp.EqSB("Y"))
        {
            _sbp.Bra = _sbp.Cursor;
            _sbp.SliceFrom("i");
        }
        else
        {
            _sbp.Cursor = _sbp.Limit;
            if (_sbp.EqSB("\u00E7"))
            {
                _sbp.Bra = _sbp.Cursor;
                _sbp.SliceFrom("c");
            }
        }
    }
}
