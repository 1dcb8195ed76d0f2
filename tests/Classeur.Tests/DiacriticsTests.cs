using System.Globalization;
using System.Text;
using Classeur.Text;

namespace Classeur.Tests;

/// <summary>
/// The command runs without ICU (invariant globalization), so it takes accents off with its own table:
/// that table must give, for every character, what ICU's decomposition (this test host has ICU) gives.
/// </summary>
public sealed class DiacriticsTests
{
    [Fact]
    public void Every_character_loses_its_accents_as_icus_decomposition_says()
    {
        Assert.Equal(2, "é".Normalize(NormalizationForm.FormD).Length); // ICU is there to compare with
        var changed = 0;
        for (var code = 0; code <= 0xFFFF; code++)
        {
            // Surrogates and noncharacters: not text ICU decomposes.
            if (code is >= 0xD800 and <= 0xDFFF or >= 0xFDD0 and <= 0xFDEF or >= 0xFFFE) continue;
            var text = ((char)code).ToString();
            var decomposed = text.Normalize(NormalizationForm.FormD);
            var baseAndMarks = !IsMark(decomposed[0]) && decomposed.Skip(1).All(IsMark);
            var expected = IsMark(text[0]) ? "" : baseAndMarks ? decomposed[..1] : text;
            var actual = Diacritics.Strip(text);
            Assert.True(expected == actual, $"U+{code:X4} : attendu « {expected} », obtenu « {actual} »");
            if (actual != text) changed++;
        }
        Assert.True(changed > 1000, $"{changed} caractères changés seulement");
    }

    [Theory]
    [InlineData("Île-de-France", "Ile-de-France")]
    [InlineData("« Échelle » et Œuvre", "« Echelle » et Œuvre")]
    [InlineData("cafe\u0301 déjà", "cafe deja")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void A_text_keeps_its_letters_without_accents(string text, string expected) =>
        Assert.Equal(expected, Diacritics.Strip(text));

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
