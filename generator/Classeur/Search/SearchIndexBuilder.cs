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
    public static SortedDictionary<string, byte[]> Build(Manual manual, SiteConfig config, CancellationToken cancel = default) =>
        Collect(DocumentGroups.Of(manual, config), manual, Facets(manual, config), null, cancel);

    /// <summary>The same files from documents already made (the tests' way: they give the index tiny limits).</summary>
    public static SortedDictionary<string, byte[]> Build(IReadOnlyList<SearchDocument> documents, Manual manual, SearchFacets facets, SearchLimits? limits = null, CancellationToken cancel = default) =>
        Collect(DocumentGroups.Of(documents), manual, Task.FromResult(facets), limits, cancel);

    private static SortedDictionary<string, byte[]> Collect(DocumentGroups groups, Manual manual, Task<SearchFacets> facets, SearchLimits? limits, CancellationToken cancel)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        void Keep(string path, ReadOnlySpan<byte> bytes)
        {
            var kept = bytes.ToArray();
            lock (files) files.Add(path, kept);
        }
        Serialise(Plan(groups, manual, facets, limits, Keep, cancel), Keep, cancel);
        return files;
    }

    /// <summary>
    /// The same files, each given to <paramref name="write"/> (from several threads, in no set order) as
    /// soon as it is serialised: a build writes it then, and never holds the whole index's bytes, nor the
    /// texts results show, which go as soon as their fiche is read.
    /// </summary>
    public static void Write(Manual manual, SiteConfig config, SearchFileSink write) =>
        Serialise(Plan(DocumentGroups.Of(manual, config), manual, Facets(manual, config), null, write, default), write, default);

    private static void Serialise(List<(string Name, Action<Utf8JsonWriter> Data)> pending, SearchFileSink write, CancellationToken cancel) =>
        Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancel }, i => SearchScript.Wrap(pending[i].Name, pending[i].Data, write));

    /// <summary>The filters' values, worked out beside the reading of the fiches, which needs none of them (a tenth of a second at ×100).</summary>
    private static Task<SearchFacets> Facets(Manual manual, SiteConfig config) => Task.Run(() => SearchFacets.Compute(manual, config));

    /// <summary>
    /// Every file to write but the texts results show, by name, with what writes its data: each file's name is
    /// its own. Those texts are given to <paramref name="write"/> while the documents are read.
    /// </summary>
    private static List<(string Name, Action<Utf8JsonWriter> Data)> Plan(DocumentGroups groups, Manual manual, Task<SearchFacets> faceting, SearchLimits? limits,
        SearchFileSink write, CancellationToken cancel)
    {
        limits ??= SearchLimits.Default;
        // Files are planned here and serialised at the end, in parallel.
        var pending = new List<(string Name, Action<Utf8JsonWriter> Data)>();
        void Add(string name, Action<Utf8JsonWriter> data) => pending.Add((name, data));

        var (_, fiches, weights, terms) = Analyse(groups, limits, (positions, documents) =>
            SearchTexts.Write(documents, positions, DocumentsPerPart, (name, data) => SearchScript.Wrap(name, data, write)), cancel);
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
        // Each prefix on its own (a few thousand at ×100), on every core: one set of sums per thread.
        var prefixes = plan.SplitPrefixes;
        var summed = new List<int>[prefixes.Count];
        using (var sums = new ThreadLocal<PrefixSums>(() => new PrefixSums(fiches.Count)))
        {
            Parallel.For(0, prefixes.Count, new ParallelOptions { CancellationToken = cancel }, i =>
                summed[i] = PrefixNumbers(terms, prefixes[i].Start, prefixes[i].End, limits.Top, sums.Value!));
        }
        for (var i = 0; i < prefixes.Count; i++)
        {
            var numbers = summed[i];
            Add("p/" + SearchScript.KeyName(prefixes[i].Prefix), w => SearchScript.WriteNumbers(w, numbers));
        }

        var vocabulary = TypoVocabulary.Write(weights, Add);
        var facets = faceting.GetAwaiter().GetResult();
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
        Analyse(IReadOnlyList<SearchDocument> documents, SearchLimits? limits = null, CancellationToken cancel = default) =>
        Analyse(DocumentGroups.Of(documents), limits ?? SearchLimits.Default, null, cancel);

    /// <param name="read">Sees each group's documents and their places once counted (from several threads).</param>
    private static (List<(int Fiche, int Section)> Positions, List<SearchDocument> Fiches, Bm25Weights Weights, List<TermPostings> Terms)
        Analyse(DocumentGroups groups, SearchLimits limits, Action<List<(int Fiche, int Section)>, IReadOnlyList<SearchDocument>>? read, CancellationToken cancel)
    {
        // A document's place depends on the groups before it (how many fiches), so each group's fiche count is
        // known only after they are read: places are numbered within the group, then shifted.
        var local = new List<(int Fiche, int Section)>[groups.Count];
        var kept = new List<SearchDocument>[groups.Count];
        var firstFiche = new int[groups.Count];
        var weights = Bm25Weights.Compute(groups, (g, documents) =>
        {
            var places = new List<(int Fiche, int Section)>(documents.Count);
            var fiches = new List<SearchDocument>();
            foreach (var document in documents)
            {
                // Only what the files written after the texts read of a fiche is kept: not its texts.
                if (document.Section is null) fiches.Add(document with { Text = "", Values = [] });
                places.Add((fiches.Count - 1, document.Section is null ? 0 : places.Count > 0 ? places[^1].Section + 1 : 1));
            }
            (local[g], kept[g]) = (places, fiches);
            if (read is not null)
            {
                // Groups made from a manual hold one fiche each, the g-th: its places are final here.
                if (fiches.Count == 1 && documents[0].Section is null) read([.. places.Select(p => (g, p.Section))], documents);
                else throw new InvalidOperationException("un groupe de documents de la recherche doit commencer par sa fiche");
            }
        }, SearchDocuments.Fields, cancel: cancel);
        cancel.ThrowIfCancellationRequested();
        var positions = new List<(int Fiche, int Section)>();
        var all = new List<SearchDocument>();
        for (var g = 0; g < groups.Count; g++)
        {
            firstFiche[g] = all.Count;
            positions.AddRange(local[g].Select(p => (firstFiche[g] + p.Fiche, p.Section)));
            all.AddRange(kept[g]);
        }
        var categories = all.Select(f => SearchCategories.Of(f.Kind)).ToList();
        var terms = TermPostings.From(weights, positions, categories, limits, cancel);
        terms.AddRange(IdTerms(all, categories));
        terms.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        return (positions, all, weights, terms);
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
