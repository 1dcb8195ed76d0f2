using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Search;

/// <summary>
/// One filter of the search UI: a name (also the key « recherche_filtre_NAME » under which site.yml's
/// `labels:` may rename it), the French label of its drop-down list, and the values a fiche takes
/// (none, one or several). Values are listed alphabetically, or in the manual's order when
/// <paramref name="ManualOrder"/> is set (types: repère, méthode, expérience as the manual has them).
/// </summary>
public sealed record SearchFacet(string Name, string Label, Func<Fiche, Manual, SiteConfig, IEnumerable<string>> Values, bool ManualOrder = false);
