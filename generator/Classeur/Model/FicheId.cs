using System.Globalization;
using System.Text.RegularExpressions;

namespace Classeur.Model;

/// <summary>
/// A fiche's identity and what its grammar implies: I-A-1, I-C-2-a (repères), II-3 (méthodes),
/// III-12 (expériences), or a lowercase slug for pages (edito, introduction…).
/// URLs derive from the id alone, so they never change when a title does.
/// </summary>
public sealed partial record FicheId : IComparable<FicheId>
{
    private FicheId(string value, FicheType type, string? section, int number, char letter)
    {
        Value = value;
        Type = type;
        Section = section;
        _number = number;
        _letter = letter;
    }

    private readonly int _number;
    private readonly char _letter;

    public string Value { get; }

    /// <summary>The type the id implies.</summary>
    public FicheType Type { get; }

    /// <summary>For repères, "A", "B", "C-1" or "C-2"; otherwise null.</summary>
    public string? Section { get; }

    public const string Grammar =
        "repères I-A-n, I-B-n, I-C-1-x ou I-C-2-x ; méthodes II-n ; expériences III-n ; ressources RES-nnn ; expériences externes EXP-nnn-k ; pages : un mot en minuscules";

    public static FicheId? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = RepereAb().Match(text);
        if (m.Success)
            return new FicheId(text, FicheType.Repere, m.Groups[1].Value, Number(m.Groups[2].Value), ' ');
        m = RepereC().Match(text);
        if (m.Success)
            return new FicheId(text, FicheType.Repere, "C-" + m.Groups[1].Value, Number(m.Groups[1].Value), m.Groups[2].Value[0]);
        m = Numbered().Match(text);
        if (m.Success)
        {
            var type = m.Groups[1].Value == "II" ? FicheType.Methode : FicheType.Experience;
            return new FicheId(text, type, null, Number(m.Groups[2].Value), ' ');
        }
        m = Library().Match(text);
        if (m.Success)
        {
            // EXP-001-2 sorts by document, then case: one number keeps CompareTo unchanged.
            var number = Number(m.Groups[2].Value) * 1000 + (m.Groups[3].Success ? Number(m.Groups[3].Value) : 0);
            var type = m.Groups[1].Value == "RES" ? FicheType.Ressource : FicheType.ExperienceExterne;
            return m.Groups[1].Value == "RES" == m.Groups[3].Success ? null : new FicheId(text, type, null, number, ' ');
        }
        return PageSlug().IsMatch(text) ? new FicheId(text, FicheType.Page, null, 0, ' ') : null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The path of the fiche's page in the site, relative to the site root.</summary>
    public string Url => Type switch
    {
        FicheType.Page => $"pages/{Value}.html",
        FicheType.Ressource => $"ressources/{Value.ToLowerInvariant()}.html",
        FicheType.ExperienceExterne => $"experiences-externes/{Value.ToLowerInvariant()}.html",
        _ => $"fiches/{Value.ToLowerInvariant()}.html",
    };

    /// <summary>Manual order: repères by section then number, then méthodes, then expériences.</summary>
    public int CompareTo(FicheId? other)
    {
        if (other is null) return 1;
        var byType = Type.CompareTo(other.Type);
        if (byType != 0) return byType;
        var bySection = string.CompareOrdinal(Section, other.Section);
        if (bySection != 0) return bySection;
        var byNumber = _number.CompareTo(other._number);
        if (byNumber != 0) return byNumber;
        var byLetter = _letter.CompareTo(other._letter);
        return byLetter != 0 ? byLetter : string.CompareOrdinal(Value, other.Value);
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^I-([AB])-([1-9][0-9]{0,5})$")]
    private static partial Regex RepereAb();

    [GeneratedRegex(@"^I-C-([12])-([a-z])$")]
    private static partial Regex RepereC();

    [GeneratedRegex(@"^(II|III)-([1-9][0-9]{0,5})$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(RES|EXP)-([0-9]{3})(?:-([1-9][0-9]?))?$")]
    private static partial Regex Library();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex PageSlug();
}
