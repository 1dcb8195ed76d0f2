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

    /// <summary>« l’édition edition-2010 (12 mars 2024) », « le 1er mars 2024 » or « la version 3f2a1c (…) », as a reader would say it.</summary>
    public string Description => IsTag
        ? Date is { } date ? $"l’édition {Name} ({FrenchDate(date)})" : $"l’édition {Name}"
        : DateOnly.TryParseExact(Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? "le " + FrenchDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : Date is { } when ? $"la version {Name} ({FrenchDate(when)})" : $"la version {Name}";

    /// <summary>« 1er mars 2024 », « 12 mars 2024 »: spelled by hand so that it needs no culture data.</summary>
    public static string FrenchDate(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}");
}
