/*
 * Classeur's search engine, without the page: it reads the index Classeur built under
 * assets/recherche/ (SearchIndexBuilder.cs says what each file holds), a file at a time and only those a
 * query needs, and ranks fiches as lunr.js did (the sum of each term's BM25 weight times its boost:
 * 10 for a word, 1 for the terms that start like the word being typed, 5 for a word one typo away).
 * recherche.js drives it in the page; the tests and the benchmark drive it in Node, on the same files.
 *   var moteur = classeurMoteur(lunr, load);   // load(name) → promise of the data of NAME.js
 *   moteur.chercher(text, filters) → promise of { etat, resultats, compte, ... }
 *   moteur.details(result) → promise of what the result's line shows
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.classeurMoteur = factory();
}(this, function () {
  'use strict';
  var WORD = 10, PREFIX = 1, TYPO = 5, TYPO_LENGTH = 5;
  var separators = /[\s.\u2010-\u2013-]+/;

  /* A shard's key as a file name: SearchScript.KeyName. */
  function keyName(key) {
    var name = 'k';
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      name += /[a-z0-9]/.test(c) ? c : '_' + ('000' + key.charCodeAt(i).toString(16)).slice(-4);
    }
    return name;
  }

  /* True when b is a one edit from a: a letter added, left out, changed, or two neighbours swapped. */
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* A tier of hits as written: fiche (difference with the previous), weight, sections, (section, weight)… */
  function decode(numbers, from) {
    var hits = [], fiche = 0;
    for (var i = from; i < numbers.length;) {
      fiche += numbers[i];
      var hit = { fiche: fiche, whole: numbers[i + 1], sections: [] }, n = numbers[i + 2];
      for (var k = 0; k < n; k++) hit.sections.push([numbers[i + 3 + 2 * k], numbers[i + 4 + 2 * k]]);
      hits.push(hit);
      i += 3 + 2 * n;
    }
    return hits;
  }

  return function classeurMoteur(lunr, load) {
    var manifest = null, keys = null, keySet = null, vocabulary = null, categoryOf = null;

    function ready() {
      if (manifest) return Promise.resolve(manifest);
      return load('index').then(function (data) {
        manifest = data;
        keys = data.cles;
        keySet = new Set(keys);
        vocabulary = new Set(data.vocabulaire);
        categoryOf = new Uint8Array(data.fiches);
        for (var r = 0; r < data.categories.length; r += 2) {
          var end = r + 2 < data.categories.length ? data.categories[r + 2] : data.fiches;
          for (var f = data.categories[r]; f < end; f++) categoryOf[f] = data.categories[r + 1];
        }
        return data;
      });
    }

    function leafKey(term) {
      for (var n = term.length; n >= 0; n--) if (keySet.has(term.slice(0, n))) return term.slice(0, n);
      return null;
    }

    /* A prefix is split when a longer key starts with it: its terms are in several shards. */
    function isSplit(prefix) {
      var low = 0, high = keys.length;
      while (low < high) { var mid = (low + high) >> 1; if (keys[mid] < prefix) low = mid + 1; else high = mid; }
      for (var i = low; i < keys.length && keys[i].lastIndexOf(prefix, 0) === 0; i++) if (keys[i].length > prefix.length) return true;
      return false;
    }

    function shardOf(term) {
      var key = leafKey(term);
      return key === null ? Promise.resolve(null) : load('t/' + keyName(key)).then(function (shard) { return { key: key, shard: shard }; });
    }

    /* One term's source: its counts per category, its top tier, and what is left in tails. */
    function termSource(term, boost) {
      return shardOf(term).then(function (found) {
        if (!found || !Object.prototype.hasOwnProperty.call(found.shard, term)) return null;
        var numbers = found.shard[term];
        return {
          term: term, boost: boost, counts: numbers.slice(0, 3), tails: numbers[4], loadedTails: 0, hits: decode(numbers, 5),
          tail: function (n) {
            var position = Object.keys(found.shard).sort().indexOf(term);
            return load('q/' + keyName(found.key) + '-' + position + '-' + n).then(function (more) { return decode(more, 0); });
          },
        };
      });
    }

    /* The terms that start with what is being typed: from its shard, or from the split prefix's summary. */
    function prefixSource(prefix) {
      if (isSplit(prefix)) {
        return load('p/' + keyName(prefix)).then(function (numbers) {
          return { prefix: prefix, boost: PREFIX, hits: decode(numbers, 1), complete: numbers[0] === 1 };
        });
      }
      return shardOf(prefix).then(function (found) {
        if (!found) return null;
        var hits = [], complete = true;
        Object.keys(found.shard).sort().forEach(function (term) {
          if (term.lastIndexOf(prefix, 0) !== 0) return;
          var numbers = found.shard[term];
          if (numbers[4] > 0) complete = false;
          hits = hits.concat(decode(numbers, 5));
        });
        return hits.length ? { prefix: prefix, boost: PREFIX, hits: hits, complete: complete } : null;
      });
    }

    /* The words of the manual one edit away from a word found nowhere, commonest first. */
    function corrections(folded) {
      var key = folded.slice(0, 2);
      if (!vocabulary.has(key)) return Promise.resolve([]);
      return load('v/' + keyName(key)).then(function (list) {
        var found = [];
        for (var i = 0; i < list.length; i += 2) {
          if (oneEdit(lunr.fr.accentFoldTerm(list[i]), folded)) found.push({ word: list[i], term: list[i + 1] });
        }
        return found;
      });
    }

    /* The query's words (stop words left out), and the fiche id it may be (« fiche III-4 », « i c 2 a »). */
    function parse(text) {
      var trimmed = text.trim(), words = [];
      lunr.tokenizer(trimmed).map(String).forEach(function (word) {
        if (!word || lunr.fr.stopWordFilter(new lunr.Token(lunr.fr.elisionTerm(word), {})) === undefined) return;
        var term = lunr.classeurFr.searchTerm(word);
        if (term) words.push({ word: word, term: term });
      });
      var id = trimmed.replace(/^fiches?\s*(?:n[°o]\s*)?/i, '');
      var looksLikeId = /^[a-z0-9]+(?:[\s.\u2010-\u2013-]+[a-z0-9]+)+$/i.test(id) && /[0-9]|^[ivx]+\b/i.test(id);
      return { text: trimmed, words: words, id: looksLikeId ? id.toLowerCase().split(separators).join('-') : null };
    }

    /* The sources of one word: its term, what starts like it if it is the last, a correction if it is found nowhere. */
    function wordSources(word, last, result) {
      var prefix = lunr.fr.accentFoldTerm(lunr.fr.elisionTerm(word.word.replace(/[^\w\u00C0-\u024F']/g, '')));
      return Promise.all([termSource(word.term, WORD), last && prefix.length > 1 ? prefixSource(prefix) : null]).then(function (found) {
        var sources = found.filter(Boolean);
        if (found[1]) result.prefixes.push(prefix);
        if (found[0]) result.terms.add(word.term);
        var folded = lunr.fr.accentFoldTerm(lunr.fr.elisionTerm(word.word));
        if (sources.length || folded.length < TYPO_LENGTH) return sources;
        return corrections(folded).then(function (candidates) {
          if (!candidates.length) return sources;
          result.corrections.push({ mot: word.word, correction: candidates[0].word });
          var terms = candidates.map(function (c) { return c.term; }).filter(function (t, i, all) { return all.indexOf(t) === i; });
          return Promise.all(terms.map(function (t) { result.terms.add(t); return termSource(t, TYPO); })).then(function (more) {
            return more.filter(Boolean);
          });
        });
      });
    }

    function filterSets(chosen) {
      return Promise.all((chosen || []).map(function (value, facet) {
        if (value === null || value === undefined || value === '') return null;
        return load('f/' + facet + '-' + value).then(function (deltas) {
          var set = new Set(), fiche = 0;
          deltas.forEach(function (d) { fiche += d; set.add(fiche); });
          return set;
        });
      })).then(function (sets) { return sets.filter(Boolean); });
    }

    /* Adds a source's hits to the fiches' document scores. */
    function score(scores, hits, boost) {
      hits.forEach(function (hit) {
        var entry = scores.get(hit.fiche);
        if (!entry) scores.set(hit.fiche, entry = { fiche: hit.fiche, docs: {} });
        entry.docs[0] = (entry.docs[0] || 0) + boost * hit.whole;
        hit.sections.forEach(function (s) { entry.docs[s[0]] = (entry.docs[s[0]] || 0) + boost * s[1]; });
      });
    }

    /* A fiche ranks by its best document; the snippet comes from its best section when the whole fiche wins. */
    function rank(entry) {
      var best = 0, bestSection = -1, score = -1, sectionScore = -1;
      Object.keys(entry.docs).forEach(function (key) {
        var doc = Number(key), s = entry.docs[key];
        if (s > score || (s === score && doc < best)) { score = s; best = doc; }
        if (doc > 0 && (s > sectionScore || (s === sectionScore && doc < bestSection))) { sectionScore = s; bestSection = doc; }
      });
      return { fiche: entry.fiche, doc: best, snippet: best === 0 && bestSection > 0 ? bestSection : best, score: score, categorie: categoryOf[entry.fiche] };
    }

    function chercher(text, chosen) {
      return ready().then(function () {
        var query = parse(text), filtering = (chosen || []).some(function (v) { return v !== null && v !== undefined && v !== ''; });
        var result = { etat: 'resultats', texte: query.text, terms: new Set(), prefixes: [], corrections: [], numero: null, auMoins: false };
        if (query.text.length === 1 && !filtering) { result.etat = 'court'; return result; }
        if (!query.words.length && !query.id && !filtering) { result.etat = 'vide'; return result; }
        var sourcesOf = Promise.all(query.words.map(function (w, i) { return wordSources(w, i === query.words.length - 1, result); }));
        var idOf = query.id ? termSource(query.id, 0) : Promise.resolve(null);
        return Promise.all([sourcesOf, idOf, filterSets(chosen)]).then(function (all) {
          var sources = [].concat.apply([], all[0]), sets = all[2];
          if (all[1]) result.numero = all[1].hits[0].fiche;
          var kept = function (fiche) { return sets.every(function (set) { return set.has(fiche); }); };
          return complete(sources, kept, query.words.length === 0 && result.numero === null).then(function (scores) {
            var ranked = [];
            scores.forEach(function (entry) { if (kept(entry.fiche)) ranked.push(rank(entry)); });
            ranked.sort(function (a, b) { return b.score - a.score || a.fiche - b.fiche; });
            if (result.numero !== null) {
              ranked = ranked.filter(function (r) { return r.fiche !== result.numero; });
              ranked.unshift({ fiche: result.numero, doc: 0, snippet: 0, score: Infinity, categorie: categoryOf[result.numero], numero: true });
            }
            result.resultats = ranked;
            count(result, ranked, sources, filtering);
            if (!ranked.length) result.etat = 'aucun';
            return result;
          });
        });
      });
    }

    /*
     * Scores every fiche the sources' loaded tiers hold. Filters may keep too few of a long list's
     * best fiches: then the next tails are read, until enough are kept or none is left.
     * With filters alone (no word), every fiche they keep, in the manual's order.
     */
    function complete(sources, kept, filtersAlone) {
      var scores = new Map();
      if (filtersAlone) {
        for (var f = 0; f < manifest.fiches; f++) if (kept(f)) scores.set(f, { fiche: f, docs: { 0: 0 } });
        return Promise.resolve(scores);
      }
      sources.forEach(function (s) { score(scores, s.hits, s.boost); });
      return (function more(round) {
        var keptCount = 0;
        scores.forEach(function (entry) { if (kept(entry.fiche)) keptCount++; });
        var open = sources.filter(function (s) { return s.tails > s.loadedTails; });
        if (keptCount >= 10 || !open.length || round > 20) return Promise.resolve(scores);
        return Promise.all(open.map(function (s) {
          return s.tail(s.loadedTails++).then(function (hits) { score(scores, hits, s.boost); });
        })).then(function () { return more(round + 1); });
      })(0);
    }

    /* How many fiches of each category: exact when every list was read whole, else at least that many. */
    function count(result, ranked, sources, filtering) {
      var counts = [0, 0, 0];
      ranked.forEach(function (r) { counts[r.categorie]++; });
      var whole = sources.every(function (s) { return s.prefix !== undefined ? s.complete : s.tails === s.loadedTails; });
      if (!whole) {
        result.auMoins = true;
        if (!filtering) sources.forEach(function (s) { if (s.counts) for (var c = 0; c < 3; c++) counts[c] = Math.max(counts[c], s.counts[c]); });
      }
      result.compte = counts;
      result.total = counts[0] + counts[1] + counts[2];
    }

    /*
     * A word of a snippet matches when its term was searched, or it starts like the word being typed.
     * Stemming every word of a long text is what costs: a word is stemmed only when its first letters
     * are those of a term or prefix searched (a French stem keeps the word's first letters), once.
     */
    function matcher(result) {
      var heads = new Set(), seen = new Map();
      result.terms.forEach(function (t) { heads.add(t.slice(0, 2)); });
      result.prefixes.forEach(function (p) { heads.add(p.slice(0, 2)); });
      return function (word) {
        var folded = lunr.fr.accentFoldTerm(lunr.fr.elisionTerm(word.toLowerCase().replace(/^[^0-9a-z\u00C0-\u024F]+/, '')));
        if (!heads.has(folded.slice(0, 2)) && !heads.has(folded.slice(0, 1))) return false;
        if (seen.has(word)) return seen.get(word);
        var term = lunr.classeurFr.searchTerm(word), hit = false;
        if (term) {
          hit = result.terms.has(term) || result.prefixes.some(function (p) { return term.lastIndexOf(p, 0) === 0 || folded.lastIndexOf(p, 0) === 0; });
        }
        seen.set(word, hit);
        return hit;
      };
    }

    /* About fifty words around the first word that matched, matched words marked. */
    function extrait(result, text) {
      var words = text.split(/(\s+)/), first = -1, parts = [], matches = matcher(result);
      for (var w = 0; w < words.length && first < 0; w += 2) if (words[w] !== '' && matches(words[w])) first = w;
      var start = Math.max(0, (first < 0 ? 0 : first) - 16), end = Math.min(words.length, start + 50);
      if (start > 0) parts.push({ text: '… ' });
      for (var i = start; i < end; i++) parts.push({ text: words[i], mark: i % 2 === 0 && words[i] !== '' && matches(words[i]) });
      if (end < words.length) parts.push({ text: ' …' });
      return parts;
    }

    /* What a result's line shows, from the one text file that holds its document. */
    function details(result, hit) {
      var part = Math.floor(hit.snippet / manifest.parties);
      return load('s/' + hit.fiche + '-' + part).then(function (data) {
        var doc = null;
        for (var i = 0; i < data.d.length; i += 4) if (data.d[i] === hit.snippet) doc = data.d.slice(i, i + 4);
        var section = hit.doc > 0 && doc ? doc : null;
        return {
          url: data.m[0] + (section ? '#' + section[2] : ''), titre: data.m[1], section: section ? section[1] : null,
          type: data.m[2], organisation: data.m[3], lieu: data.m[4], extrait: extrait(result, doc ? doc[3] : ''),
        };
      });
    }

    /* A term's whole list of fiches, every tail read: what the tests compare with the C# index. */
    function terme(term) {
      return ready().then(function () { return termSource(term, 1); }).then(function (source) {
        if (!source) return null;
        var tails = [];
        for (var n = 0; n < source.tails; n++) tails.push(source.tail(n));
        return Promise.all(tails).then(function (more) { return { counts: source.counts, hits: source.hits.concat.apply(source.hits, more) }; });
      });
    }

    return { pret: ready, chercher: chercher, details: details, terme: terme, manifeste: function () { return manifest; } };
  };
}));
