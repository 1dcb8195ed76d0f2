using System.Text.Json;
using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Search;

/// <summary>
/// The search of the site as files under assets/recherche/, built from the manual: a small manifest
/// (index.js), the term shards (t/), the summaries of split prefixes (p/), the tails of long posting
/// lists (q/), the texts shown in results (s/), the words a typo is corrected to (v/) and the fiches of
/// each filter value (f/). A query loads the manifest once, then one shard per word and one text file
/// per result shown: what it transfers depends on the query, not on the size of the manual.
/// </summary>
public static class SearchIndexBuilder
{
    public const string ManifestPath = SearchScript.Folder + "index.js";

    /// <summary>A fiche's documents (itself, then its sections) go four to a text file: a result loads one file.</summary>
    public const int DocumentsPerPart = 4;

    /// <summary>
    /// Forgets the terms of the words met by earlier builds of this process (<see cref="TermCache"/>), so that
    /// the next build costs what a fresh process's does: for the benchmark.
    /// </summary>
    public static void ForgetTerms() => TermCache.Clear();

    /// <param name="cancel">A preview's: a newer save makes this index useless; its work stops between steps.</param>
    public static SortedDictionary<string, byte[]> Build(Manual manual, SiteConfig config, CancellationToken cancel = default)
    {
        var documents = SearchDocuments.From(manual, config, cancel);
        return Build(documents, manual, SearchFacets.Compute(manual, config), cancel: cancel);
    }

    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchDocument> documents, Manual manual, SearchFacets facets, SearchLimits? limits = null, CancellationToken cancel = default)
    {
        var pending = Plan(documents, manual, facets, limits, cancel);
        var written = new byte[pending.Count][];
        Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancel }, i => written[i] = SearchScript.Wrap(pending[i].Name, pending[i].Data));
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < pending.Count; i++) files[SearchScript.PathOf(pending[i].Name)] = written[i];
        return files;
    }

    /// <summary>
    /// The same files, each given to <paramref name="write"/> (from several threads, in no set order) as
    /// soon as it is serialised: a build writes it then, and never holds the whole index's bytes.
    /// </summary>
    public static void Write(Manual manual, SiteConfig config, Action<string, byte[]> write)
    {
        var pending = Plan(SearchDocuments.From(manual, config), manual, SearchFacets.Compute(manual, config), null, default);
        Parallel.For(0, pending.Count, i => write(SearchScript.PathOf(pending[i].Name), SearchScript.Wrap(pending[i].Name, pending[i].Data)));
    }

    /// <summary>Every file to write, by name, with what writes its data: each file's name is its own.</summary>
    private static List<(string Name, Action<Utf8JsonWriter> Data)> Plan(IReadOnlyList<SearchDocument> documents, Manual manual, SearchFacets facets, SearchLimits? limits, CancellationToken cancel)
    {
        limits ??= SearchLimits.Default;
        // Files are planned here and serialised at the end, in parallel: the texts alone are the manual's size.
        var pending = new List<(string Name, Action<Utf8JsonWriter> Data)>();
        void Add(string name, Action<Utf8JsonWriter> data) => pending.Add((name, data));

        var (positions, fiches, weights, terms) = Analyse(documents, limits, cancel);
        cancel.ThrowIfCancellationRequested();
        var plan = ShardPlan.Of([.. terms.Select(t => t.Term)], [.. terms.Select(t => (int)(t.Term.Length + 4 + t.ShardLength()))], limits.Shard);

        foreach (var (key, start, end) in plan.Shards)
        {
            var name = "t/" + SearchScript.KeyName(key);
            Add(name, w =>
            {
                w.WriteStartObject();
                for (var i = start; i < end; i++)
                {
                    w.WritePropertyName(terms[i].Term);
                    terms[i].WriteShard(w);
                }
                w.WriteEndObject();
            });
            for (var i = start; i < end; i++)
            {
                var term = terms[i];
                for (var tail = 0; tail < term.TailCount; tail++)
                {
                    var t = tail;
                    Add($"q/{SearchScript.KeyName(key)}-{i - start}-{tail}", w => term.WriteTail(w, t));
                }
            }
        }
        var sums = new PrefixSums(fiches.Count);
        foreach (var (prefix, start, end) in plan.SplitPrefixes)
        {
            var numbers = PrefixNumbers(terms, start, end, limits.Top, sums);
            Add("p/" + SearchScript.KeyName(prefix), w => SearchScript.WriteNumbers(w, numbers));
        }

        SearchTexts.Write(documents, positions, DocumentsPerPart, Add);
        var vocabulary = TypoVocabulary.Write(weights, Add);
        WriteFacetValues(fiches, facets, Add);
        var categories = fiches.Select(f => SearchCategories.Of(f.Kind)).ToList();
        Add("index", w => WriteManifest(w, plan, vocabulary, categories, facets, manual, limits.Top));
        return pending;
    }

    /// <summary>
    /// The documents' terms: each document's place (its fiche, its section: 0 for the fiche itself), the
    /// fiches' own documents, the BM25 weights, and every term's fiches, fiche ids included, in ordinal order.
    /// </summary>
    public static (List<(int Fiche, int Section)> Positions, List<SearchDocument> Fiches, Bm25Weights Weights, List<TermPostings> Terms)
        Analyse(IReadOnlyList<SearchDocument> documents, SearchLimits? limits = null, CancellationToken cancel = default)
    {
        limits ??= SearchLimits.Default;
        var positions = new List<(int Fiche, int Section)>(documents.Count);
        var fiches = new List<SearchDocument>();
        foreach (var document in documents)
        {
            if (document.Section is null) fiches.Add(document);
            positions.Add((fiches.Count - 1, document.Section is null ? 0 : positions[^1].Section + 1));
        }
        var categories = fiches.Select(f => SearchCategories.Of(f.Kind)).ToList();
        var weights = Bm25Weights.Compute(documents, SearchDocuments.Fields, cancel: cancel);
        cancel.ThrowIfCancellationRequested();
        var terms = TermPostings.From(weights, positions, categories, limits, cancel);
        terms.AddRange(IdTerms(fiches, categories));
        terms.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        return (positions, fiches, weights, terms);
    }

    /// <summary>A fiche's id with a hyphen (« iii-4 », « res-002 ») is a term no word can be: the tokenizer cuts words at hyphens.</summary>
    private static List<TermPostings> IdTerms(List<SearchDocument> fiches, List<SearchCategory> categories)
    {
        var ids = new List<(string, int)>();
        for (var i = 0; i < fiches.Count; i++)
        {
            var id = fiches[i].Reference.ToLowerInvariant();
            if (id.Contains('-', StringComparison.Ordinal)) ids.Add((id, i));
        }
        return TermPostings.Singles(ids, categories);
    }

    /// <summary>
    /// What a prefix typed as far as a split prefix finds: every term under it counts (as lunr's trailing
    /// wildcard did), each with its top tier, summed per fiche and section; the best fiches, like a term's
    /// top tier. The first number says whether that is all of them (no term under it has a tail, and
    /// they fit in a tier).
    /// </summary>
    private static List<int> PrefixNumbers(List<TermPostings> terms, int start, int end, int top, PrefixSums sums)
    {
        sums.Clear();
        var complete = true;
        for (var i = start; i < end; i++)
        {
            complete &= terms[i].TailCount == 0;
            terms[i].AddTopTo(sums);
        }
        return sums.Numbers(complete, top);
    }

    private static void WriteFacetValues(List<SearchDocument> fiches, SearchFacets facets, Action<string, Action<Utf8JsonWriter>> add)
    {
        // Each value's fiches in one pass over the fiches, as differences: a pass per value made it fiches × values.
        var deltas = facets.Facets.Select(f => f.Values.Select(_ => new List<int>()).ToArray()).ToArray();
        var previous = facets.Facets.Select(f => new int[f.Values.Count]).ToArray();
        for (var i = 0; i < fiches.Count; i++)
        {
            if (facets.Of(fiches[i].Reference) is not { } values) continue;
            for (var f = 0; f < values.Count; f++)
            {
                foreach (var v in values[f])
                {
                    deltas[f][v].Add(i - previous[f][v]);
                    previous[f][v] = i;
                }
            }
        }
        for (var f = 0; f < deltas.Length; f++)
        {
            for (var v = 0; v < deltas[f].Length; v++)
            {
                var numbers = deltas[f][v];
                add($"f/{f}-{v}", w => SearchScript.WriteNumbers(w, numbers));
            }
        }
    }

    private static void WriteManifest(Utf8JsonWriter w, ShardPlan plan, IReadOnlyList<string> vocabulary, List<SearchCategory> categories, SearchFacets facets, Manual manual, int top)
    {
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteNumber("fiches", categories.Count);
        w.WriteNumber("parties", DocumentsPerPart);
        w.WriteNumber("tete", top);
        // Categories of fiches 0, 1, 2…, as runs: the fiche where a run starts, then its category.
        w.WriteStartArray("categories");
        for (var i = 0; i < categories.Count; i++)
        {
            if (i > 0 && categories[i] == categories[i - 1]) continue;
            w.WriteNumberValue(i);
            w.WriteNumberValue((int)categories[i]);
        }
        w.WriteEndArray();
        w.WriteStartArray("cles");
        foreach (var key in plan.Shards.Select(s => s.Key).Order(StringComparer.Ordinal)) w.WriteStringValue(key);
        w.WriteEndArray();
        w.WriteStartArray("vocabulaire");
        foreach (var key in vocabulary) w.WriteStringValue(key);
        w.WriteEndArray();
        w.WriteString("filtresLegende", facets.Legend);
        w.WriteString("filtresTous", facets.Any);
        w.WriteStartArray("filtres");
        foreach (var (name, label, values) in facets.Facets)
        {
            w.WriteStartObject();
            w.WriteString("n", name);
            w.WriteString("l", label);
            w.WriteStartArray("v");
            foreach (var value in values) w.WriteStringValue(value);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("motsCles");
        foreach (var keyword in manual.Keywords) w.WriteString(keyword.Id, keyword.Display);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
