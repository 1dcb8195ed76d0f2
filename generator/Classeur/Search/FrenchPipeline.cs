using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Classeur.Search;

/// <summary>
/// The French pipeline the browser runs, function for function: lunr-languages' trimmer-fr,
/// stopWordFilter-fr, accentFold-fr and stemmer-fr, plus Classeur's elision-fr (« l'insertion » →
/// « insertion ») and its rule that short words are not stemmed, which
/// templates/assets/recherche-pipeline.js applies on the browser side, in the same order.
/// </summary>
internal sealed partial class FrenchPipeline
{
    private readonly FrenchStemmer _stemmer = new();

    // A manual repeats its words: running the pipeline once per distinct token, looked up by span without
    // allocating the token again, makes the index several times faster and lighter on the heap.
    private readonly Dictionary<string, string?> _terms = new(StringComparer.Ordinal);

    /// <summary>Runs the indexing pipeline over lunr's tokens. Like lunr, an empty token (« — » trimmed) is kept.</summary>
    public List<string> Run(IEnumerable<string> tokens)
    {
        var terms = new List<string>();
        foreach (var token in tokens)
        {
            if (Term(token) is { } term) terms.Add(term);
        }
        return terms;
    }

    /// <summary>
    /// lunr.tokenizer then the indexing pipeline, in one pass over the text: the same terms as
    /// <c>Run(LunrTokenizer.Tokenize(text))</c>, without a string per repeated token.
    /// </summary>
    public List<string> RunText(string? text)
    {
        var terms = new List<string>();
        if (text is null) return terms;
        var lower = text.ToLowerInvariant().AsSpan();
        var cache = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !LunrTokenizer.IsSeparator(lower[end])) continue;
            if (end > start)
            {
                var token = lower[start..end];
                if (!cache.TryGetValue(token, out var term)) term = Term(token.ToString());
                if (term is not null) terms.Add(term);
            }
            start = end + 1;
        }
        return terms;
    }

    /// <summary>Every distinct token seen so far, lower case, with its term (stop words left out).</summary>
    public IEnumerable<(string Token, string Term)> Seen() =>
        _terms.Where(t => t.Value is not null).Select(t => (t.Key, t.Value!)).OrderBy(t => t.Key, StringComparer.Ordinal);

    /// <summary>One token (lower case) through trimmer, elision, stop words, accent folding and stemmer; null for a stop word.</summary>
    public string? Term(string token)
    {
        if (_terms.TryGetValue(token, out var cached)) return cached;
        var result = Compute(token);
        _terms[token] = result;
        return result;
    }

    /// <summary><see cref="Term"/> without this pipeline's cache, for <see cref="TermCache"/>, which has its own.</summary>
    internal string? Compute(string token)
    {
        var term = Elide(Trim(token));
        return StopWords.Contains(term) ? null : StemLong(FoldAccents(term));
    }

    /// <summary>
    /// Words of three letters or fewer are kept whole: the stemmer would make « GES » (gaz à effet de
    /// serre) into « ge », the term of « GE » (groupements d'employeurs). recherche-pipeline.js does the same.
    /// </summary>
    public const int ShortestStemmed = 4;

    private string StemLong(string folded) => folded.Length < ShortestStemmed ? folded : _stemmer.Stem(folded);

    /// <summary>The stemmer alone, for the test that compares it with lunr.fr's over every word of the manual.</summary>
    public string Stem(string word) => _stemmer.Stem(word);

    public static string Trim(string token) =>
        // Most tokens start and end with a letter or digit: nothing to trim, and no regex run (two per token before).
        token.Length > 0 && IsWordCharacter(token[0]) && IsWordCharacter(token[^1])
            ? token
            : TrimmerEnd().Replace(TrimmerStart().Replace(token, ""), "");

    /// <summary>A few of <see cref="WordCharacters"/>: ASCII letters and digits, and Latin-1's letters (× and ÷ are not).</summary>
    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || (c is >= '\xC0' and <= '\xFF' and not '\xD7' and not '\xF7');

    public static string Elide(string token)
    {
        // Every elision ends with an apostrophe: a token without one keeps its regex unrun.
        if (token.AsSpan().IndexOfAny('\'', '\u2019') < 0) return token;
        var match = Elision().Match(token);
        return match.Success ? token[match.Length..] : token;
    }

    /// <summary>lunr.fr.accentFoldTerm.</summary>
    public static string FoldAccents(string term)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < term.Length; i++)
        {
            var replacement = term[i] switch
            {
                'à' or 'á' or 'â' or 'ä' or 'À' or 'Á' or 'Â' or 'Ä' => "a",
                'ç' or 'Ç' => "c",
                'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => "e",
                'î' or 'ï' or 'Î' or 'Ï' => "i",
                'ô' or 'ö' or 'Ô' or 'Ö' => "o",
                'ù' or 'û' or 'ü' or 'Ù' or 'Û' or 'Ü' => "u",
                'Ÿ' or 'ÿ' => "y",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                _ => null,
            };
            if (replacement is null) { builder?.Append(term[i]); continue; }
            builder ??= new StringBuilder(term, 0, i, term.Length + 4);
            builder.Append(replacement);
        }
        return builder?.ToString() ?? term;
    }

    private const string WordCharacters = "A-Za-z\\xAA\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\u02B8\\u02E0-\\u02E4\\u1D00-\\u1D25\\u1D2C-\\u1D5C\\u1D62-\\u1D65\\u1D6B-\\u1D77\\u1D79-\\u1DBE\\u1E00-\\u1EFF\\u2071\\u207F\\u2090-\\u209C\\u212A\\u212B\\u2132\\u214E\\u2160-\\u2188\\u2C60-\\u2C7F\\uA722-\\uA787\\uA78B-\\uA7AD\\uA7B0-\\uA7B7\\uA7F7-\\uA7FF\\uAB30-\\uAB5A\\uAB5C-\\uAB64\\uFB00-\\uFB06\\uFF21-\\uFF3A\\uFF41-\\uFF5A0-9";

    [GeneratedRegex("^[^" + WordCharacters + "]+", RegexOptions.CultureInvariant)]
    private static partial Regex TrimmerStart();

    [GeneratedRegex("[^" + WordCharacters + "]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex TrimmerEnd();

    /// <summary>The elided articles and conjunctions of French; the same list is in recherche-pipeline.js.</summary>
    [GeneratedRegex("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['\u2019](?=.)", RegexOptions.CultureInvariant)]
    private static partial Regex Elision();

    /// <summary>lunr.fr.stopWordFilter's list.</summary>
    public static readonly FrozenSet<string> StopWords = ("ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aux avaient avais avait avec avez aviez avions avons ayant ayez ayons c ce ceci celà ces cet cette d dans de des du elle en es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux eûmes eût eûtes furent fus fusse fussent fusses fussiez fussions fut fûmes fût fûtes ici il ils j je l la le les leur leurs lui m ma mais me mes moi mon même n ne nos notre nous on ont ou par pas pour qu que quel quelle quelles quels qui s sa sans se sera serai seraient serais serait seras serez seriez serions serons seront ses soi soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi ton tu un une vos votre vous y à étaient étais était étant étiez étions été étée étées étés êtes")
        .Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
