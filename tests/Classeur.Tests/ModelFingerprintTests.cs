using Classeur.Rendering;

namespace Classeur.Tests;

/// <summary>
/// The preview's page fingerprints: a long text stands for its hash, worked out once per string. Equal
/// texts in different strings still give the same fingerprint, and texts that differ by one character,
/// long or short, never do.
/// </summary>
public sealed class ModelFingerprintTests
{
    [Fact]
    public void Long_and_short_texts_are_told_apart_by_their_content_not_by_their_string()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Une phrase du corps de la fiche.</p>\n", 200));
        var copy = new string(body.AsSpan());
        Assert.NotSame(body, copy);
        Assert.Equal(ModelFingerprint.OfTexts([body]), ModelFingerprint.OfTexts([copy]));
        Assert.Equal(ModelFingerprint.OfTexts([body]), ModelFingerprint.OfTexts([body]));

        var changed = body[..^5] + "X</p>";
        Assert.Equal(body.Length, changed.Length);
        Assert.NotEqual(ModelFingerprint.OfTexts([body]), ModelFingerprint.OfTexts([changed]));
        Assert.NotEqual(ModelFingerprint.OfTexts(["court"]), ModelFingerprint.OfTexts(["courT"]));
        // Where the text ends matters: two texts are not one text cut elsewhere.
        Assert.NotEqual(ModelFingerprint.OfTexts([body, "a"]), ModelFingerprint.OfTexts([body + "a"]));
    }
}
