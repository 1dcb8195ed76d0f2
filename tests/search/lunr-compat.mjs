// Compatibility of Classeur's C# search index with lunr.js itself.
//   node lunr-compat.mjs index <documents.json> <csharp-index.json> <queries.json>
//     builds the index with lunr.js 2.3.9 + lunr-languages from the same documents and the same French
//     pipeline, and requires the C# index to be equal to it (terms, postings, field vectors, scores), and
//     every query to give the same ranked results from both.
//   node lunr-compat.mjs stems <words.json> <csharp-stems.json>
//     requires lunr.fr's stemmer to give, for every word, the stem the C# stemmer gave.
// Prints the first differences and exits with 1 when there is any. Run by `dotnet test` (SearchCompatibilityTests).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const templates = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const require = createRequire(path.join(templates, 'package.json'));
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.fr.js')(lunr);
require(path.join(templates, 'assets/recherche-pipeline.js'))(lunr);

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const [mode, ...files] = process.argv.slice(2);
const differences = [];
const differ = (what) => { if (differences.length < 30) differences.push(what); else differences.length++; };

if (mode === 'stems') {
  const [words, stems] = files.map(read);
  words.forEach((word, i) => {
    const expected = lunr.fr.stemmer(new lunr.Token(word, {})).toString();
    if (expected !== stems[i]) differ(`stem of « ${word} »: lunr.fr ${expected}, C# ${stems[i]}`);
  });
  console.log(`${words.length} words compared`);
} else if (mode === 'index') {
  const [{ fields, documents }, csharp, queries] = files.map(read);
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
  const expected = JSON.parse(JSON.stringify(built));
  compare(expected, csharp, 'index');

  const loaded = lunr.Index.load(csharp);
  for (const query of queries) {
    const a = built.search(query).map((r) => `${r.ref} ${r.score.toFixed(6)}`);
    const b = loaded.search(query).map((r) => `${r.ref} ${r.score.toFixed(6)}`);
    if (a.join('|') !== b.join('|')) differ(`query « ${query} »: lunr ${a.slice(0, 5).join(', ')} — C# ${b.slice(0, 5).join(', ')}`);
    else console.log(`« ${query} »: ${a.length} results, first ${a.slice(0, 3).join(', ')}`);
  }
  console.log(`${documents.length} documents, ${expected.invertedIndex.length} terms, ${expected.fieldVectors.length} field vectors compared`);
} else {
  console.error('usage: node lunr-compat.mjs index|stems ...');
  process.exit(2);
}

function compare(a, b, where) {
  if (Array.isArray(a) !== Array.isArray(b) || typeof a !== typeof b || (a === null) !== (b === null)) {
    differ(`${where}: lunr ${JSON.stringify(a)?.slice(0, 200)}, C# ${JSON.stringify(b)?.slice(0, 200)}`);
  } else if (Array.isArray(a)) {
    if (a.length !== b.length) differ(`${where}: lunr has ${a.length} entries, C# ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) compare(a[i], b[i], `${where}[${i}${typeof a[i]?.[0] === 'string' ? ' ' + a[i][0] : ''}]`);
  } else if (typeof a === 'object' && a !== null) {
    const ka = Object.keys(a), kb = Object.keys(b);
    if (ka.join('\u0000') !== kb.join('\u0000')) differ(`${where}: keys lunr [${ka.slice(0, 20)}], C# [${kb.slice(0, 20)}]`);
    for (const k of ka) if (k in b) compare(a[k], b[k], `${where}.${k}`);
  } else if (a !== b) {
    differ(`${where}: lunr ${JSON.stringify(a)}, C# ${JSON.stringify(b)}`);
  }
}

if (differences.length > 0) {
  console.error(`${differences.length} difference(s):\n` + differences.filter(Boolean).join('\n'));
  process.exit(1);
}
console.log('identical');
