using System.Globalization;
using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// The version a printed fiche carries in its footer, so that a reprinted page can be told from the one
/// it replaces: its own « version: » and « version_date: » (« Version 2 — mars 2027 »), else the
/// edition of site.yml (« version: » and « date: »), else site.yml's « edition: » as written.
/// </summary>
internal static class FicheEdition
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Of(Fiche fiche, SiteConfig config)
    {
        if (fiche.Version is null && fiche.VersionDate is null && config.Date is null && !string.IsNullOrWhiteSpace(config.Edition))
            return config.Edition;
        var version = fiche.Version ?? config.Version;
        var date = fiche.VersionDate ?? (fiche.Version is null ? config.Date : null);
        var text = $"Version {version.ToString(CultureInfo.InvariantCulture)}";
        return date is { } d ? $"{text} — {Month(d)}" : text;
    }

    /// <summary>« mars 2027 », spelled by hand so that it needs no culture data.</summary>
    public static string Month(DateOnly date) => $"{Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";
}
