using static Classeur.Search.FrenchStemmerTables;

namespace Classeur.Search;

/// <summary>The suffix routines of the French stemmer (step 1 to 5 of the Snowball algorithm), as lunr.fr.js has them.</summary>
internal sealed partial class FrenchStemmer
{
    private bool StandardSuffix()
    {
        _sbp.Ket = _sbp.Cursor;
        var amongVar = _sbp.FindAmongB(A4);
        if (amongVar == 0) return false;
        _sbp.Bra = _sbp.Cursor;
        switch (amongVar)
        {
            case 1:
                if (!R2()) return false;
                _sbp.SliceDel();
                break;
            case 2:
                if (!R2()) return false;
                _sbp.SliceDel();
                _sbp.Ket = _sbp.Cursor;
                if (_sbp.EqSB("ic"))
                {
                    _sbp.Bra = _sbp.Cursor;
                    if (!R2()) _sbp.SliceFrom("iqU");
                    else _sbp.SliceDel();
                }
                break;
            case 3:
                if (!R2()) return false;
                _sbp.SliceFrom("log");
                break;
            case 4:
                if (!R2()) return false;
                _sbp.SliceFrom("u");
                break;
            case 5:
                if (!R2()) return false;
                _sbp.SliceFrom("ent");
                break;
            case 6:
                if (!RV()) return false;
                _sbp.SliceDel();
                _sbp.Ket = _sbp.Cursor;
                amongVar = _sbp.FindAmongB(A2);
                if (amongVar != 0)
                {
                    _sbp.Bra = _sbp.Cursor;
                    switch (amongVar)
                    {
                        case 1:
                            if (R2())
                            {
                                _sbp.SliceDel();
                                _sbp.Ket = _sbp.Cursor;
                                if (_sbp.EqSB("at"))
                                {
                                    _sbp.Bra = _sbp.Cursor;
                                    if (R2()) _sbp.SliceDel();
                                }
                            }
                            break;
                        case 2:
                            if (R2()) _sbp.SliceDel();
                            else if (R1()) _sbp.SliceFrom("eux");
                            break;
                        case 3:
                            if (R2()) _sbp.SliceDel();
                            break;
                        case 4:
                            if (RV()) _sbp.SliceFrom("i");
                            break;
                    }
                }
                break;
            case 7:
                if (!R2()) return false;
                _sbp.SliceDel();
                _sbp.Ket = _sbp.Cursor;
                amongVar = _sbp.FindAmongB(A3);
                if (amongVar != 0)
                {
                    _sbp.Bra = _sbp.Cursor;
                    switch (amongVar)
                    {
                        case 1:
                            if (R2()) _sbp.SliceDel();
                            else _sbp.SliceFrom("abl");
                            break;
                        case 2:
                            if (R2()) _sbp.SliceDel();
                            else _sbp.SliceFrom("iqU");
                            break;
                        case 3:
                            if (R2()) _sbp.SliceDel();
                            break;
                    }
                }
                break;
            case 8:
                if (!R2()) return false;
                _sbp.SliceDel();
                _sbp.Ket = _sbp.Cursor;
                if (_sbp.EqSB("at"))
                {
                    _sbp.Bra = _sbp.Cursor;
                    if (R2())
                    {
                        _sbp.SliceDel();
                        _sbp.Ket = _sbp.Cursor;
                        if (_sbp.EqSB("ic"))
                        {
                            _sbp.Bra = _sbp.Cursor;
                            if (R2()) _sbp.SliceDel();
                            else _sbp.SliceFrom("iqU");
                        }
                    }
                }
                break;
            case 9:
                _sbp.SliceFrom("eau");
                break;
            case 10:
                if (!R1()) return false;
                _sbp.SliceFrom("al");
                break;
            case 11:
                if (R2()) _sbp.SliceDel();
                else if (!R1()) return false;
                else _sbp.SliceFrom("eux");
                break;
            case 12:
                if (!R1() || !_sbp.OutGroupingB(GV, 97, 251)) return false;
                _sbp.SliceDel();
                break;
            case 13:
                if (RV()) _sbp.SliceFrom("ant");
                return false;
            case 14:
                if (RV()) _sbp.SliceFrom("ent");
                return false;
            case 15:
                var v1 = _sbp.Limit - _sbp.Cursor;
                if (_sbp.InGroupingB(GV, 97, 251) && RV())
                {
                    _sbp.Cursor = _sbp.Limit - v1;
                    _sbp.SliceDel();
                }
                return false;
        }
        return true;
    }

    private bool IVerbSuffix()
    {
        if (_sbp.Cursor < _pV) return false;
        var v1 = _sbp.LimitBackward;
        _sbp.LimitBackward = _pV;
        _sbp.Ket = _sbp.Cursor;
        var amongVar = _sbp.FindAmongB(A5);
        if (amongVar == 0)
        {
            _sbp.LimitBackward = v1;
            return false;
        }
        _sbp.Bra = _sbp.Cursor;
        if (amongVar == 1)
        {
            if (!_sbp.OutGroupingB(GV, 97, 251))
            {
                _sbp.LimitBackward = v1;
                return false;
            }
            _sbp.SliceDel();
        }
        _sbp.LimitBackward = v1;
        return true;
    }

    private bool VerbSuffix()
    {
        if (_sbp.Cursor < _pV) return false;
        var v2 = _sbp.LimitBackward;
        _sbp.LimitBackward = _pV;
        _sbp.Ket = _sbp.Cursor;
        var amongVar = _sbp.FindAmongB(A6);
        if (amongVar == 0)
        {
            _sbp.LimitBackward = v2;
            return false;
        }
        _sbp.Bra = _sbp.Cursor;
        switch (amongVar)
        {
            case 1:
                if (!R2())
                {
                    _sbp.LimitBackward = v2;
                    return false;
                }
                _sbp.SliceDel();
                break;
            case 2:
                _sbp.SliceDel();
                break;
            case 3:
                _sbp.SliceDel();
                var v3 = _sbp.Limit - _sbp.Cursor;
                _sbp.Ket = _sbp.Cursor;
                if (_sbp.EqSB("e"))
                {
                    _sbp.Bra = _sbp.Cursor;
                    _sbp.SliceDel();
                }
                else _sbp.Cursor = _sbp.Limit - v3;
                break;
        }
        _sbp.LimitBackward = v2;
        return true;
    }
}
