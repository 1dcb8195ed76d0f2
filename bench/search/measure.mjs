// Search on a built site, Classeur against Pagefind run with its defaults, in the system's Chromium:
//   node bench/search/measure.mjs <site> <requetes.json>
// Runs Pagefind 1.6.0 (npm, this folder's package.json) on the site with its default settings, serves the
// site from 127.0.0.1 compressed with gzip as a web server would (files Pagefind already compressed are
// served as they are), and counts the bytes of every response. For each engine and query:
//  - first query: a fresh page, the query typed at once; bytes of everything search loads (Classeur's
//    recherche.js and recherche.css included, though every page loads them) and time from focus to results;
//  - further queries: every query in turn in one page; bytes each one adds, and time to results;
//  - top 3: whether the expected page is among the first three results.
// Classeur is driven through its search box; Pagefind through its JavaScript API (no UI to load), with
// the data of its first 5 results fetched (its default UI's page size; Classeur shows 10).
// Prints the figures; figures, not a test.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));
const { chromium } = require('playwright-core');
const [site, queriesFile] = process.argv.slice(2).map((p) => path.resolve(p));
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')).requetes;

// Pagefind, defaults: indexes every page's <body> into <site>/pagefind/.
const started = Date.now();
execFileSync(path.join(here, 'node_modules/.bin/pagefind'), ['--site', site], { stdio: 'pipe' });
const pagefindIndexing = Date.now() - started;
writeFileSync(path.join(site, 'pagefind-banc.html'), '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Pagefind</title></head><body></body></html>');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png' };
const log = [];
const compressed = new Map();
function gzipped(file) {
  if (!compressed.has(file)) {
    const body = readFileSync(file);
    const already = body[0] === 0x1f && body[1] === 0x8b;
    compressed.set(file, { body: already ? body : zlib.gzipSync(body, { level: 6 }), encoded: !already });
  }
  return compressed.get(file);
}
const server = createServer((request, response) => {
  const url = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  let file = path.join(site, url);
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(site) || !existsSync(file)) { response.writeHead(404); response.end(); return; }
  const { body, encoded } = gzipped(file);
  log.push({ url, bytes: body.length });
  response.writeHead(200, {
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    ...(encoded ? { 'Content-Encoding': 'gzip' } : {}),
    'Cache-Control': 'max-age=3600',
  });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const page_ = (u) => u.replace(/^\//, '').replace(/#.*$/, '').replace(/\/$/, '/index.html');
const always = ['assets/recherche.js', 'assets/recherche.css'].reduce((sum, f) => sum + gzipped(path.join(site, f)).body.length, 0);

/**
 * Classeur: types the query into the box; the time is until results are shown (the list says it shows
 * this query: its first five lines), then it waits until all ten are (the status says so).
 */
async function classeur(page, q) {
  return page.evaluate(async (q) => {
    const input = document.getElementById('recherche-champ'), status = document.getElementById('recherche-etat');
    const list = document.getElementById('recherche-resultats');
    const start = performance.now();
    let ms = null;
    const done = new Promise((resolve) => {
      const check = () => {
        if (ms === null && list.getAttribute('data-requete') === q) ms = performance.now() - start;
        if (status.getAttribute('data-requete') === q) { observer.disconnect(); resolve(); }
      };
      const observer = new MutationObserver(check);
      observer.observe(list.parentNode, { attributes: true, subtree: true });
    });
    input.focus();
    input.value = q;
    input.dispatchEvent(new Event('input'));
    await done;
    return { ms: ms ?? performance.now() - start, urls: [...list.querySelectorAll('li > a')].map((a) => a.getAttribute('href')) };
  }, q);
}

/** Pagefind: its API, as its own UI calls it: search, then the data of the first five results. */
async function pagefind(page, q) {
  return page.evaluate(async (q) => {
    const start = performance.now();
    window.pagefind ??= await import('/pagefind/pagefind.js');
    const search = await window.pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { ms: performance.now() - start, urls: data.map((d) => d.url) };
  }, q);
}

async function measure(name, run, pageUrl) {
  const first = [], further = [];
  let top3 = 0;
  const misses = [];
  for (const { q, attendu } of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + pageUrl);
    const mark = log.length;
    const { ms, urls } = await run(page, q);
    await page.waitForTimeout(50);
    first.push({ q, ms, bytes: log.slice(mark).reduce((s, r) => s + r.bytes, 0) + (name === 'Classeur' ? always : 0) });
    if (urls.slice(0, 3).map(page_).includes(attendu)) top3++;
    else misses.push(`${q} → ${urls.slice(0, 3).map(page_).join(' ') || '(rien)'}`);
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + pageUrl);
  await run(page, queries[queries.length - 1].q); // the first query of the page, measured above
  for (const { q } of queries) {
    const mark = log.length;
    const { ms } = await run(page, q);
    await page.waitForTimeout(50);
    further.push({ q, ms, bytes: log.slice(mark).reduce((s, r) => s + r.bytes, 0) });
  }
  await context.close();
  return { name, first, further, top3, misses };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
};
const kb = (b) => (b / 1024).toFixed(1);
const results = [await measure('Classeur', classeur, 'index.html'), await measure('Pagefind', pagefind, 'pagefind-banc.html')];
await browser.close();
server.close();

console.log(`  ${queries.length} queries; Pagefind indexed the site in ${(pagefindIndexing / 1000).toFixed(1)} s`);
console.log('  engine      first query KB gzip (median/p90/max)  ms (median/max)   further query KB (median/p90/max)  ms (median/max)   top 3');
for (const r of results) {
  const fb = stats(r.first.map((x) => x.bytes)), ft = stats(r.first.map((x) => x.ms));
  const nb = stats(r.further.map((x) => x.bytes)), nt = stats(r.further.map((x) => x.ms));
  console.log(`  ${r.name.padEnd(10)}  ${kb(fb.median).padStart(6)} / ${kb(fb.p90).padStart(6)} / ${kb(fb.max).padStart(6)}            ${ft.median.toFixed(0).padStart(4)} / ${ft.max.toFixed(0).padStart(4)}       ${kb(nb.median).padStart(6)} / ${kb(nb.p90).padStart(6)} / ${kb(nb.max).padStart(6)}                ${nt.median.toFixed(0).padStart(4)} / ${nt.max.toFixed(0).padStart(4)}       ${r.top3}/${queries.length}`);
}
const [c, p] = results;
const sum = (list) => list.reduce((s, x) => s + x.bytes, 0);
const atMost = (a, b) => a.filter((x, i) => x.bytes <= b[i].bytes).length;
console.log(`  mean per query, Classeur / Pagefind: first ${kb(sum(c.first) / queries.length)} / ${kb(sum(p.first) / queries.length)} KB, further ${kb(sum(c.further) / queries.length)} / ${kb(sum(p.further) / queries.length)} KB`);
console.log(`  Classeur transfers no more than Pagefind on ${atMost(c.first, p.first)}/${queries.length} first queries and ${atMost(c.further, p.further)}/${queries.length} further queries`);
for (const r of results) if (r.misses.length) console.log(`  ${r.name} misses: ${r.misses.join(' ; ')}`);
if (process.env.CLASSEUR_BENCH_DETAIL) writeFileSync(process.env.CLASSEUR_BENCH_DETAIL, JSON.stringify(results, null, 1));
