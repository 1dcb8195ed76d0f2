using System.Globalization;
using Classeur.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>
/// « version_date: 2027-03 » (a fiche) and « date: 2010-12 » (site.yml): the month a version was
/// published, written AAAA-MM (a day may follow, AAAA-MM-JJ, and is not printed).
/// </summary>
internal static class VersionDates
{
    public static DateOnly? Read(YamlNode value, YamlReader reader, string field)
    {
        var text = reader.Scalar(value, field);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateOnly(date.Year, date.Month, 1);
        reader.Report(DiagnosticCatalog.InvalidValue, value, field,
            $"« {text} » n'est pas un mois écrit AAAA-MM : écrivez par exemple « {field}: 2027-03 » pour mars 2027");
        return null;
    }
}
