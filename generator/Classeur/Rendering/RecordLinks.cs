using Classeur.Linking;
using Classeur.Model;

namespace Classeur.Rendering;

/// <summary>
/// Where a bibliography record's notice stands: on the manual's bibliography page, or, for a record
/// that only the library cites, on the page of the first resource that lists it.
/// </summary>
internal static class RecordLinks
{
    public static string? Url(Manual manual, string fromPage, string recordId)
    {
        if (manual.IsLibraryRecord(recordId))
        {
            var resource = manual.CitingRecord(recordId).FirstOrDefault(f => f.BibliographyRefs.Any(b => b.Value == recordId));
            return resource is null ? null : SiteUrls.Relative(fromPage, resource.Url) + "#notice-" + recordId;
        }
        return manual.Find("bibliographie") is { } page ? SiteUrls.Relative(fromPage, page.Url) + "#notice-" + recordId : null;
    }
}
