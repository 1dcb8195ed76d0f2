// Classeur's search engine (templates/assets/recherche-moteur.js) in Node, on a built site's files:
// the same code the page runs, with lunr-languages from templates/node_modules, and the index's files
// read from the disk and run as the browser runs them (each calls classeurRecherche.recu).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vm from 'node:vm';

export const templates = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const require = createRequire(path.join(templates, 'package.json'));

export function frenchLunr() {
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require('lunr-languages/lunr.fr.js')(lunr);
  require(path.join(templates, 'assets/recherche-pipeline.js'))(lunr);
  return lunr;
}

/** An engine on the site in `site` (its assets/recherche/); `loaded` lists the files read, in order. */
export function engineOn(site, lunr = frenchLunr()) {
  const loaded = [];
  const cache = new Map();
  const load = (name) => {
    if (!cache.has(name)) {
      cache.set(name, new Promise((resolve, reject) => {
        let script;
        try { script = readFileSync(path.join(site, 'assets/recherche', name + '.js'), 'utf8'); } catch (e) { reject(e); return; }
        loaded.push(name);
        let data;
        vm.runInNewContext(script, { classeurRecherche: { recu: (n, d) => { if (n === name) data = d; } } });
        if (data === undefined) reject(new Error(`${name}.js did not hand its data`));
        else resolve(data);
      }));
    }
    return cache.get(name);
  };
  const moteur = require(path.join(templates, 'assets/recherche-moteur.js'))(lunr, load);
  return { moteur, loaded, lunr };
}

/** The first `n` results of a query as fiche URLs (with the section's anchor when a section wins). */
export async function top(moteur, query, n = 3, filters = []) {
  const result = await moteur.chercher(query, filters);
  const lines = await Promise.all((result.resultats ?? []).slice(0, n).map((hit) => moteur.details(result, hit)));
  return { result, urls: lines.map((l) => l.url), lines };
}
