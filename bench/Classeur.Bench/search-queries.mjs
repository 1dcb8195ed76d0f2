// Query time of Classeur's search index in Node, as the browser runs it:
//   node search-queries.mjs <templates folder> <recherche-index.js>
// loads lunr.js, lunr-languages and Classeur's pipeline, then the index (lunr.Index.load), runs each
// query 20 times and prints one JSON line: load time and median / p95 query time in milliseconds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [templates, indexFile] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(templates), 'package.json'));
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.fr.js')(lunr);
require(path.join(path.resolve(templates), 'assets/recherche-pipeline.js'))(lunr);

const script = readFileSync(indexFile, 'utf8');
const window = {};
let started = performance.now();
new Function('window', script)(window);
const index = lunr.Index.load(window.classeurRecherche.index);
const load = performance.now() - started;

// Real queries of the manual, with accents and elisions or not; the last has a trailing wildcard as typed.
const queries = ['coopération', 'cooperation', 'mutualiser', "l'insertion", 'GTEC', 'Jura', 'gouvernance',
  "création d'activités", 'transversalite', 'emploi territoire', 'insertion professionnelle', 'coop*'];
const times = [];
let hits = 0;
for (let round = 0; round < 20; round++) {
  for (const query of queries) {
    started = performance.now();
    hits += index.search(query).length;
    times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(JSON.stringify({ load, median: at(0.5), p95: at(0.95), queries: times.length, hits: hits / 20 }));
