using System.Globalization;

namespace Classeur.Editions;

/// <summary>
/// A printed edition to compare with: a git tag (« edition-2010 ») or a date, and the commit whose
/// content was printed then.
/// </summary>
public sealed record EditionReference(string Name, string Commit, DateTimeOffset? Date, bool IsTag)
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>« l’édition edition-2010 (12 mars 2024) » or « le 1er mars 2024 », as a reader would say it.</summary>
    public string Description => IsTag
        ? Date is { } date ? $"l’édition {Name} ({FrenchDate(date)})" : $"l’édition {Name}"
        : "le " + FrenchDate(DateTimeOffset.Parse(Name, CultureInfo.InvariantCulture));

    /// <summary>« 1er mars 2024 », « 12 mars 2024 »: spelled by hand so that it needs no culture data.</summary>
    public static string FrenchDate(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}");
}
