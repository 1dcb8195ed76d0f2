// The search filters (type, keyword of the index, region), in a real Chromium on the built site: real
// form controls with labels, results narrowed to what the index says, the count announced in the live
// region, the keyboard alone enough, WCAG 2.1 AA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, axeViolations, viewports } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pageUrl('index.html'));
  await page.focus('#recherche-champ');
  await page.waitForSelector('#recherche-filtre-type');
  return { context, page, errors };
}

/** Waits until the live region announces a count different from `before`, and returns it with the results. */
async function announced(page, before) {
  await page.waitForFunction((b) => {
    const text = document.querySelector('#recherche-etat').textContent;
    return /trouvée|Aucun/.test(text) && text !== b;
  }, before);
  const status = await page.textContent('#recherche-etat');
  const hrefs = await page.$$eval('#recherche-resultats li > a', (links) => links.map((a) => a.getAttribute('href')));
  return { status, hrefs, count: Number((status.match(/^(\d+)/) ?? [0, 0])[1]) };
}

/** The fiches that the index says take a value of a filter, as page addresses. */
function fichesWith(page, facet, value) {
  return page.evaluate(([facet, value]) => {
    const data = window.classeurRecherche, f = data.filtres.findIndex((x) => x.n === facet), v = data.filtres[f].v.indexOf(value);
    return data.documents.filter((d) => d.f && d.f[f].includes(v)).map((d) => d.u);
  }, [facet, value]);
}

test('chaque filtre est une vraie liste déroulante avec son étiquette, dans un groupe légendé', async () => {
  const { context, page, errors } = await open();
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
  await page.fill('#recherche-champ', 'coopération');
  const all = await announced(page, '');
  await page.selectOption('#recherche-filtre-type', { label: 'Expérience' });
  const experiences = await announced(page, all.status);
  assert.ok(experiences.count > 0 && experiences.count < all.count, `${experiences.count} / ${all.count}`);
  const kinds = await page.$$eval('#recherche-resultats .recherche-type', (metas) => metas.map((m) => m.textContent.split(' · ')[0]));
  assert.deepEqual([...new Set(kinds)], ['Expérience']);
  await context.close();
});

test('un filtre seul liste les fiches qu’il garde : région et mot clef', async () => {
  const { context, page } = await open();
  await page.selectOption('#recherche-filtre-region', { label: 'Bretagne' });
  const bretagne = await announced(page, '');
  const expected = await fichesWith(page, 'region', 'Bretagne');
  assert.ok(expected.length > 0);
  assert.equal(bretagne.count, expected.length);
  assert.deepEqual(bretagne.hrefs.sort(), expected.slice(0, 10).sort());

  const keyword = await page.$eval('#recherche-filtre-mot_cle option:nth-child(2)', (o) => o.textContent);
  await page.selectOption('#recherche-filtre-region', '');
  await page.selectOption('#recherche-filtre-mot_cle', { label: keyword });
  const withKeyword = await announced(page, bretagne.status);
  const fiches = await fichesWith(page, 'mot_cle', keyword);
  assert.equal(withKeyword.count, fiches.length);
  assert.ok(withKeyword.hrefs.every((href) => fiches.includes(href)), withKeyword.hrefs.join(' '));
  await context.close();
});

test('le clavier suffit : Tab jusqu’au filtre, flèche pour choisir, résultats mis à jour', async () => {
  const { context, page } = await open();
  await page.keyboard.type('insertion');
  const all = await announced(page, '');
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
  await page.fill('#recherche-champ', 'GTEC');
  const gtec = await announced(page, '');
  await page.selectOption('#recherche-filtre-type', { label: 'Repère' });
  await page.selectOption('#recherche-filtre-region', { index: 1 });
  const none = await announced(page, gtec.status);
  assert.match(none.status, /^Aucun résultat/);
  await context.close();
});

for (const [device, viewport] of Object.entries(viewports)) {
  test(`les filtres respectent WCAG 2.1 AA (${device})`, async () => {
    const { context, page } = await open({ viewport, bypassCSP: true });
    await page.fill('#recherche-champ', 'territoire');
    await announced(page, '');
    await page.selectOption('#recherche-filtre-type', { label: 'Méthode' });
    await page.waitForFunction(() => document.querySelector('#recherche-filtre-type').value !== '');
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `défilement horizontal de ${overflow} px`);
    await context.close();
  });
}
