using System.Text.Encodings.Web;
using System.Text.Json;
using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Search;

/// <summary>
/// Writes assets/recherche-index.js: the lunr.js 2.3.9 index of the manual (built here, in C#, so the
/// browser only loads it) and the short records the results list shows. A script that assigns a
/// global rather than a JSON file, because browsers refuse fetch() from file:// and the site must work offline.
/// </summary>
public static class SearchIndexBuilder
{
    public const string OutputPath = "assets/recherche-index.js";

    public static byte[] Build(Manual manual, SiteConfig config) =>
        Build(SearchDocuments.From(manual, config), manual, SearchFacets.Compute(manual, config));

    public static byte[] Build(IReadOnlyList<SearchDocument> documents, Manual? manual = null, SearchFacets? facets = null)
    {
        using var stream = new MemoryStream();
        stream.Write("window.classeurRecherche = "u8);
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("index");
            IndexOf(documents).WriteJson(writer);
            writer.WriteStartArray("documents");
            foreach (var d in documents) WriteRecord(writer, d, d.Section is null ? facets?.Of(d.Reference) : null);
            writer.WriteEndArray();
            WriteFacets(writer, facets);
            writer.WriteStartObject("motsCles");
            foreach (var keyword in manual?.Keywords ?? []) writer.WriteString(keyword.Id, keyword.Display);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        stream.Write(";\n"u8);
        return stream.ToArray();
    }

    /// <summary>The lunr index alone, as JSON: what the compatibility test compares with lunr.js's own.</summary>
    public static byte[] IndexJson(IReadOnlyList<SearchDocument> documents)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            IndexOf(documents).WriteJson(writer);
        return stream.ToArray();
    }

    private static LunrIndexBuilder IndexOf(IReadOnlyList<SearchDocument> documents)
    {
        var builder = new LunrIndexBuilder(SearchDocuments.Fields);
        foreach (var document in documents) builder.Add(document.Reference, document.Values);
        return builder;
    }

    /// <summary>Short property names: the records are loaded by every reader who searches.</summary>
    private static void WriteRecord(Utf8JsonWriter writer, SearchDocument d, IReadOnlyList<int[]>? facetValues)
    {
        writer.WriteStartObject();
        writer.WriteString("r", d.Reference);
        writer.WriteString("u", d.Url);
        writer.WriteString("t", d.Title);
        if (d.Section is not null) writer.WriteString("s", d.Section);
        writer.WriteString("y", d.Type);
        if (d.Organisation is not null) writer.WriteString("o", d.Organisation);
        if (d.Territory is not null) writer.WriteString("l", d.Territory);
        if (d.Region is not null) writer.WriteString("g", d.Region);
        if (d.Keywords.Count > 0)
        {
            writer.WriteStartArray("k");
            foreach (var k in d.Keywords) writer.WriteStringValue(k);
            writer.WriteEndArray();
        }
        writer.WriteString("x", d.Text);
        if (facetValues is not null)
        {
            // Per filter, the positions of the fiche's values in « filtres »; sections share their fiche's.
            writer.WriteStartArray("f");
            foreach (var values in facetValues)
            {
                writer.WriteStartArray();
                foreach (var value in values) writer.WriteNumberValue(value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>The filters the search shows: name, label and values of each, in order.</summary>
    private static void WriteFacets(Utf8JsonWriter writer, SearchFacets? facets)
    {
        if (facets is not null)
        {
            writer.WriteString("filtresLegende", facets.Legend);
            writer.WriteString("filtresTous", facets.Any);
        }
        writer.WriteStartArray("filtres");
        foreach (var (name, label, values) in facets?.Facets ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("n", name);
            writer.WriteString("l", label);
            writer.WriteStartArray("v");
            foreach (var value in values) writer.WriteStringValue(value);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
