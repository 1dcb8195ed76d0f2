// Checks of Classeur's search against its references, run by `dotnet test` (SearchCompatibilityTests,
// SearchQueryTests). Each prints the first differences and exits with 1 when there is any.
//   node check.mjs weights <documents.json> <weights.json>
//     lunr.js 2.3.9 builds its own index of the same documents with the same French pipeline; every
//     (document, term) weight the C# index uses must be the sum of lunr's field-vector scores.
//   node check.mjs terms <words.json> <terms.json>
//     the browser's pipeline (recherche-pipeline.js over lunr-languages) gives each word the C# term.
//   node check.mjs stems <words.json> <stems.json>
//     lunr.fr's stemmer gives each word the C# stem.
//   node check.mjs index <site> <reference.json>
//     the browser's engine, reading the built site's files, finds every term of the C# index with
//     exactly its fiches, sections, weights and counts (every tail read), and no other term.
//   node check.mjs requetes <site> <requetes.json>
//     every query of the set has its expected page among the engine's first three results.
import { readFileSync } from 'node:fs';
import { engineOn, frenchLunr, top } from './engine.mjs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const [mode, ...args] = process.argv.slice(2);
const differences = [];
const differ = (what) => { if (differences.length < 30) differences.push(what); else differences.length++; };
const lunr = frenchLunr();

if (mode === 'weights') {
  const [{ fields, documents }, weights] = args.map(read);
  const built = lunr(function () {
    this.use(lunr.classeurFr);
    this.ref('ref');
    for (const field of fields) this.field(field.name, { boost: field.boost });
    for (const document of documents) {
      const record = { ref: document.ref };
      fields.forEach((field, i) => { if (document.values[i] !== null) record[field.name] = document.values[i]; });
      this.add(record);
    }
  });
  const termOf = [];
  for (const [term, posting] of Object.entries(built.invertedIndex)) termOf[posting._index] = term;
  const sums = new Map();
  for (const field of fields) {
    for (const document of documents) {
      const vector = built.fieldVectors[`${field.name}/${document.ref}`];
      if (!vector) continue;
      const sum = sums.get(document.ref) ?? sums.set(document.ref, new Map()).get(document.ref);
      for (let i = 0; i < vector.elements.length; i += 2) {
        const term = termOf[vector.elements[i]];
        sum.set(term, (sum.get(term) ?? 0) + vector.elements[i + 1]);
      }
    }
  }
  let pairs = 0;
  documents.forEach((document, d) => {
    const expected = sums.get(document.ref) ?? new Map(), actual = weights[d];
    for (const [term, score] of expected) {
      pairs++;
      if (!(term in actual)) differ(`${document.ref}: lunr has « ${term} » (${score}), C# not`);
      else if (Math.abs(actual[term] - score) > 1e-9) differ(`${document.ref} « ${term} »: lunr ${score}, C# ${actual[term]}`);
    }
    for (const term of Object.keys(actual)) if (!expected.has(term)) differ(`${document.ref}: C# has « ${term} », lunr not`);
  });
  console.log(`${documents.length} documents, ${pairs} (document, term) weights compared`);
} else if (mode === 'terms' || mode === 'stems') {
  const [words, expected] = args.map(read);
  words.forEach((word, i) => {
    const actual = mode === 'terms' ? lunr.classeurFr.indexTerm(word) : lunr.fr.stemmer(new lunr.Token(word, {})).toString();
    if (actual !== expected[i]) differ(`« ${word} »: browser ${actual}, C# ${expected[i]}`);
  });
  console.log(`${words.length} words compared`);
} else if (mode === 'index') {
  const [site, referenceFile] = args;
  const reference = read(referenceFile);
  const { moteur, loaded } = engineOn(site, lunr);
  const manifest = await moteur.pret();
  const seen = new Set();
  for (const key of manifest.cles) {
    const name = 't/k' + [...key].map((c) => /[a-z0-9]/.test(c) ? c : '_' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    const shard = await engineLoad(name);
    for (const term of Object.keys(shard)) {
      if (seen.has(term)) differ(`« ${term} » in two shards`);
      seen.add(term);
    }
  }
  for (const [term, { counts, hits }] of Object.entries(reference)) {
    const found = await moteur.terme(term);
    if (!found) { differ(`« ${term} »: not found by the engine`); continue; }
    if (found.counts.join() !== counts.join()) differ(`« ${term} » counts: engine ${found.counts}, C# ${counts}`);
    const flat = (list) => list.map((h) => `${h.fiche}:${h.whole}:${h.sections.map((s) => s.join('=')).join(',')}`).sort().join(' ');
    if (flat(found.hits) !== flat(hits)) differ(`« ${term} » fiches: engine ${flat(found.hits).slice(0, 200)} — C# ${flat(hits).slice(0, 200)}`);
  }
  for (const term of seen) if (!(term in reference)) differ(`« ${term} »: in a shard, not in the C# index`);
  console.log(`${Object.keys(reference).length} terms compared, ${manifest.cles.length} shards, ${loaded.length} files read`);

  function engineLoad(name) {
    return new Promise((resolve) => {
      const script = readFileSync(`${site}/assets/recherche/${name}.js`, 'utf8');
      const prefix = `classeurRecherche.recu(${JSON.stringify(name)},`;
      if (!script.startsWith(prefix)) differ(`${name}.js does not name itself`);
      resolve(JSON.parse(script.slice(prefix.length, script.lastIndexOf(')'))));
    });
  }
} else if (mode === 'requetes') {
  const [site, file] = args;
  const { requetes } = read(file);
  const { moteur } = engineOn(site, lunr);
  let found = 0;
  for (const { q, attendu } of requetes) {
    const { urls } = await top(moteur, q, 3);
    const pages = urls.map((u) => u.split('#')[0]);
    if (pages.includes(attendu)) found++;
    else differ(`« ${q} »: expected ${attendu}, first three ${pages.join(' ') || '(none)'}`);
  }
  console.log(`${found}/${requetes.length} queries find their page in the first three results`);
} else {
  console.error('usage: node check.mjs weights|terms|stems|index|requetes ...');
  process.exit(2);
}

if (differences.length > 0) {
  console.error(`${differences.length} difference(s):\n` + differences.filter(Boolean).join('\n'));
  process.exit(1);
}
console.log('identical');
