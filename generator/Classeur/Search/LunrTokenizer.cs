using System.Runtime.CompilerServices;

namespace Classeur.Search;

/// <summary>
/// lunr.tokenizer of lunr.js 2.3.9: lower-cases the text and splits it on /[\s\-]+/ (JavaScript's
/// \s, listed here code unit by code unit, which is not .NET's idea of white space).
/// </summary>
internal static class LunrTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (text is null) return tokens;
        var str = text.ToLowerInvariant();
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= str.Length; sliceEnd++)
        {
            if (sliceEnd == str.Length || IsSeparator(str[sliceEnd]))
            {
                if (sliceEnd > sliceStart) tokens.Add(str[sliceStart..sliceEnd]);
                sliceStart = sliceEnd + 1;
            }
        }
        return tokens;
    }

    // Every separator is '-', at most ' ' or from U+00A0: the letters between are decided by one comparison.
    // Inlined: the counter calls it for every character of the manual's text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c is not (> '-' and < '\u00a0') && c switch
    {
        '-' or '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };
}
