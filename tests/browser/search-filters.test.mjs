// The search filters (type, keyword of the index, region), in a real Chromium on the built site: real
// form controls with labels, results narrowed to what the index says, the count announced in the live
// region, the keyboard alone enough, WCAG 2.1 AA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, pageUrl, axeViolations, viewports, siteDirectory } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the home page and focuses the search box: the filters are built, hidden until a search finds several results. */
async function open(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pageUrl('index.html'));
  await page.focus('#recherche-champ');
  await page.waitForSelector('#recherche-filtre-type', { state: 'attached' });
  return { context, page, errors };
}

/**
 * Waits until the live region announces a count and results different from `before` (a status text, or
 * an earlier result of this function), and returns them.
 */
async function announced(page, before) {
  const previous = typeof before === 'string' ? { status: before, hrefs: null } : before;
  await page.waitForFunction(([b, h]) => {
    const status = document.querySelector('#recherche-etat');
    const hrefs = [...document.querySelectorAll('#recherche-resultats li > a')].map((a) => a.getAttribute('href')).join(' ');
    return status.getAttribute('data-requete') !== null && /résultat|Aucun/.test(status.textContent) && (status.textContent !== b || (h !== null && hrefs !== h));
  }, [previous.status, previous.hrefs === null ? null : previous.hrefs.join(' ')]);
  const status = await page.textContent('#recherche-etat');
  const hrefs = await page.$$eval('#recherche-resultats li > a', (links) => links.map((a) => a.getAttribute('href')));
  return { status, hrefs, count: Number((status.match(/^(\d+)/) ?? [0, 0])[1]) };
}

/** A file of the built index, as the page receives it (each file calls classeurRecherche.recu(name, data)). */
function indexFile(name) {
  const script = readFileSync(resolve(siteDirectory, 'assets/recherche', name + '.js'), 'utf8');
  return JSON.parse(script.slice(script.indexOf(',') + 1, script.lastIndexOf(')')));
}

/** The fiches that the index says take a value of a filter, as page addresses. */
function fichesWith(facet, value) {
  const manifest = indexFile('index'), f = manifest.filtres.findIndex((x) => x.n === facet), v = manifest.filtres[f].v.indexOf(value);
  let fiche = 0;
  return indexFile(`f/${f}-${v}`).map((d) => indexFile(`s/${fiche += d}-0`).m[0]);
}

/** Types a query and waits for the filters to show (a search that finds several results). */
async function searchThenFilters(page, query) {
  await page.fill('#recherche-champ', query);
  const found = await announced(page, '');
  await page.waitForSelector('#recherche-filtre-type', { state: 'visible' });
  return found;
}

test('les filtres ne s’affichent pas au focus, mais quand une recherche trouve plusieurs résultats', async () => {
  const { context, page, errors } = await open();
  assert.equal(await page.isVisible('.recherche-filtres'), false);
  const before = await page.evaluate(() => document.querySelector('main').getBoundingClientRect().top);
  await page.fill('#recherche-champ', 'Cambrésis');
  await announced(page, '');
  assert.equal(await page.isVisible('.recherche-filtres'), false, 'un seul résultat : rien à affiner');
  await searchThenFilters(page, 'coopération');
  assert.equal(await page.isVisible('.recherche-filtres'), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('.recherche-filtres'), false);
  assert.equal(await page.evaluate(() => document.querySelector('main').getBoundingClientRect().top), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('chaque filtre est une vraie liste déroulante avec son étiquette, dans un groupe légendé', async () => {
  const { context, page, errors } = await open();
  await searchThenFilters(page, 'territoire');
  assert.equal(await page.textContent('.recherche-filtres legend'), 'Affiner les résultats');
  const labels = await page.$$eval('.recherche-filtres select', (selects) => selects.map((s) => s.labels[0]?.textContent));
  assert.deepEqual(labels, ['Type de fiche', 'Mot clef', 'Région', 'Origine']);
  const types = await page.$$eval('#recherche-filtre-type option', (options) => options.map((o) => o.textContent));
  assert.deepEqual(types.slice(0, 1), ['Tous']);
  for (const type of ['Repère', 'Méthode', 'Expérience']) assert.ok(types.includes(type), type);
  assert.ok((await page.$$('#recherche-filtre-region option')).length > 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('le filtre par type ne garde que les fiches de ce type et annonce le nouveau nombre', async () => {
  const { context, page } = await open();
  const all = await searchThenFilters(page, 'coopération');
  await page.selectOption('#recherche-filtre-type', { label: 'Expérience' });
  const experiences = await announced(page, all.status);
  assert.ok(experiences.count > 0 && experiences.count < all.count, `${experiences.count} / ${all.count}`);
  const kinds = await page.$$eval('#recherche-resultats .recherche-type', (metas) => metas.map((m) => m.textContent.split(' · ')[0]));
  assert.deepEqual([...new Set(kinds)], ['Expérience']);
  await context.close();
});

test('un filtre seul liste les fiches qu’il garde : région et mot clef', async () => {
  const { context, page } = await open();
  const all = await searchThenFilters(page, 'territoire');
  await page.selectOption('#recherche-filtre-region', { label: 'Bretagne' });
  await announced(page, all.status);
  await page.fill('#recherche-champ', '');
  await page.waitForFunction(() => document.querySelector('#recherche-etat').getAttribute('data-requete') === '');
  const bretagne = await announced(page, '');
  assert.equal(await page.isVisible('.recherche-filtres'), true, 'un filtre choisi reste affiché');
  const expected = fichesWith('region', 'Bretagne');
  assert.ok(expected.length > 0);
  assert.equal(bretagne.count, expected.length);
  assert.deepEqual(bretagne.hrefs.sort(), expected.slice(0, 10).sort());

  const keyword = await page.$eval('#recherche-filtre-mot_cle option:nth-child(2)', (o) => o.textContent);
  await page.selectOption('#recherche-filtre-region', '');
  await page.selectOption('#recherche-filtre-mot_cle', { label: keyword });
  const withKeyword = await announced(page, bretagne);
  const fiches = fichesWith('mot_cle', keyword);
  assert.equal(withKeyword.count, fiches.length);
  assert.ok(withKeyword.hrefs.every((href) => fiches.includes(href)), withKeyword.hrefs.join(' '));
  await context.close();
});

test('le clavier suffit : Tab jusqu’au filtre, flèche pour choisir, résultats mis à jour', async () => {
  const { context, page } = await open();
  await page.keyboard.type('insertion');
  const all = await announced(page, '');
  await page.waitForSelector('#recherche-filtre-type', { state: 'visible' });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'recherche-filtre-type');
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.inputValue('#recherche-filtre-type'), '');
  const narrowed = await announced(page, all.status);
  assert.ok(narrowed.count < all.count);
  await context.close();
});

test('une recherche que les filtres vident dit « aucun résultat »', async () => {
  const { context, page } = await open();
  const gtec = await searchThenFilters(page, 'GTEC');
  await page.selectOption('#recherche-filtre-type', { label: 'Repère' });
  await page.selectOption('#recherche-filtre-region', { index: 1 });
  const none = await announced(page, gtec.status);
  assert.match(none.status, /^Aucun résultat/);
  await context.close();
});

for (const [device, viewport] of Object.entries(viewports)) {
  test(`les filtres respectent WCAG 2.1 AA (${device})`, async () => {
    const { context, page } = await open({ viewport, bypassCSP: true });
    await searchThenFilters(page, 'territoire');
    await page.selectOption('#recherche-filtre-type', { label: 'Méthode' });
    await page.waitForFunction(() => document.querySelector('#recherche-filtre-type').value !== '');
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `défilement horizontal de ${overflow} px`);
    await context.close();
  });
}
