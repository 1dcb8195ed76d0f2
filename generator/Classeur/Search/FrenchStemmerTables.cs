namespace Classeur.Search;

/// <summary>
/// The tables of the Snowball French stemmer, as lunr-languages 1.22.0 (lunr.fr.js) writes them:
/// suffix lists searched by binary search (so their order matters) and the vowel groupings.
/// </summary>
internal static class FrenchStemmerTables
{
    internal static readonly Among[] A0 =
    [new("col", -1, -1), new("par", -1, -1),
              new("tap", -1, -1)
    ];
    internal static readonly Among[] A1 =
    [new("", -1, 4),
              new("I", 0, 1), new("U", 0, 2), new("Y", 0, 3)
    ];
    internal static readonly Among[] A2 =
    [
              new("iqU", -1, 3), new("abl", -1, 3),
              new("I\u00E8r", -1, 4), new("i\u00E8r", -1, 4),
              new("eus", -1, 2), new("iv", -1, 1)
    ];
    internal static readonly Among[] A3 =
    [
              new("ic", -1, 2), new("abil", -1, 1),
              new("iv", -1, 3)
    ];
    internal static readonly Among[] A4 =
    [new("iqUe", -1, 1),
              new("atrice", -1, 2), new("ance", -1, 1),
              new("ence", -1, 5), new("logie", -1, 3),
              new("able", -1, 1), new("isme", -1, 1),
              new("euse", -1, 11), new("iste", -1, 1),
              new("ive", -1, 8), new("if", -1, 8),
              new("usion", -1, 4), new("ation", -1, 2),
              new("ution", -1, 4), new("ateur", -1, 2),
              new("iqUes", -1, 1), new("atrices", -1, 2),
              new("ances", -1, 1), new("ences", -1, 5),
              new("logies", -1, 3), new("ables", -1, 1),
              new("ismes", -1, 1), new("euses", -1, 11),
              new("istes", -1, 1), new("ives", -1, 8),
              new("ifs", -1, 8), new("usions", -1, 4),
              new("ations", -1, 2), new("utions", -1, 4),
              new("ateurs", -1, 2), new("ments", -1, 15),
              new("ements", 30, 6), new("issements", 31, 12),
              new("it\u00E9s", -1, 7), new("ment", -1, 15),
              new("ement", 34, 6), new("issement", 35, 12),
              new("amment", 34, 13), new("emment", 34, 14),
              new("aux", -1, 10), new("eaux", 39, 9),
              new("eux", -1, 1), new("it\u00E9", -1, 7)
    ];
    internal static readonly Among[] A5 =
    [
              new("ira", -1, 1), new("ie", -1, 1),
              new("isse", -1, 1), new("issante", -1, 1),
              new("i", -1, 1), new("irai", 4, 1),
              new("ir", -1, 1), new("iras", -1, 1),
              new("ies", -1, 1), new("\u00EEmes", -1, 1),
              new("isses", -1, 1), new("issantes", -1, 1),
              new("\u00EEtes", -1, 1), new("is", -1, 1),
              new("irais", 13, 1), new("issais", 13, 1),
              new("irions", -1, 1), new("issions", -1, 1),
              new("irons", -1, 1), new("issons", -1, 1),
              new("issants", -1, 1), new("it", -1, 1),
              new("irait", 21, 1), new("issait", 21, 1),
              new("issant", -1, 1), new("iraIent", -1, 1),
              new("issaIent", -1, 1), new("irent", -1, 1),
              new("issent", -1, 1), new("iront", -1, 1),
              new("\u00EEt", -1, 1), new("iriez", -1, 1),
              new("issiez", -1, 1), new("irez", -1, 1),
              new("issez", -1, 1)
    ];
    internal static readonly Among[] A6 =
    [new("a", -1, 3),
              new("era", 0, 2), new("asse", -1, 3),
              new("ante", -1, 3), new("\u00E9e", -1, 2),
              new("ai", -1, 3), new("erai", 5, 2),
              new("er", -1, 2), new("as", -1, 3),
              new("eras", 8, 2), new("\u00E2mes", -1, 3),
              new("asses", -1, 3), new("antes", -1, 3),
              new("\u00E2tes", -1, 3), new("\u00E9es", -1, 2),
              new("ais", -1, 3), new("erais", 15, 2),
              new("ions", -1, 1), new("erions", 17, 2),
              new("assions", 17, 3), new("erons", -1, 2),
              new("ants", -1, 3), new("\u00E9s", -1, 2),
              new("ait", -1, 3), new("erait", 23, 2),
              new("ant", -1, 3), new("aIent", -1, 3),
              new("eraIent", 26, 2), new("\u00E8rent", -1, 2),
              new("assent", -1, 3), new("eront", -1, 2),
              new("\u00E2t", -1, 3), new("ez", -1, 2),
              new("iez", 32, 2), new("eriez", 33, 2),
              new("assiez", 33, 3), new("erez", 32, 2),
              new("\u00E9", -1, 2)
    ];
    internal static readonly Among[] A7 =
    [new("e", -1, 3),
              new("I\u00E8re", 0, 2), new("i\u00E8re", 0, 2),
              new("ion", -1, 1), new("Ier", -1, 2),
              new("ier", -1, 2), new("\u00EB", -1, 4)
    ];
    internal static readonly Among[] A8 =
    [
              new("ell", -1, -1), new("eill", -1, -1),
              new("enn", -1, -1), new("onn", -1, -1),
              new("ett", -1, -1)
    ];
    internal static readonly byte[] GV =
    [17, 65, 16, 1, 0, 0, 0, 0, 0, 0,
              0, 0, 0, 0, 0, 128, 130, 103, 8, 5
    ];
    internal static readonly byte[] GKeepWithS =
    [1, 65, 20, 0,
              0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128
    ];
}
