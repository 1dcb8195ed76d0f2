// The search as practitioners use it, in a real Chromium on the built site opened from file://: a fiche
// number typed alone (with or without « fiche », any case) puts that fiche first; a word with one typo
// still finds, below exact matches, and the box says what it searched; the count says what it counts;
// one letter gets a status, not silence. WCAG 2.1 AA in each of these states.
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
  await page.goto(pageUrl('fiches/i-a-1.html'));
  return { context, page, errors };
}

/** Types a query and waits until the box says it shows it; returns the status and the results' addresses. */
async function search(page, query) {
  await page.fill('#recherche-champ', query);
  await page.waitForFunction((q) => document.querySelector('#recherche-etat').getAttribute('data-requete') === q, query);
  return {
    status: await page.textContent('#recherche-etat'),
    hrefs: await page.$$eval('#recherche-resultats li > a', (links) => links.map((a) => a.getAttribute('href').replace(/^\.\.\//, ''))),
  };
}

test('un numéro de fiche tapé seul met cette fiche en premier, avec ou sans « fiche », en toute casse', async () => {
  const { context, page, errors } = await open();
  const firsts = {};
  for (const query of ['III-4', 'iii-4', 'fiche III-4', 'i-c-2-a', 'I-C-2-a', 'Fiche RES-002', 'res-002', 'EXP-001-2', 'fiche ii 3']) {
    firsts[query] = (await search(page, query)).hrefs[0];
  }
  assert.deepEqual(firsts, {
    'III-4': 'fiches/iii-4.html', 'iii-4': 'fiches/iii-4.html', 'fiche III-4': 'fiches/iii-4.html', 'i-c-2-a': 'fiches/i-c-2-a.html', 'I-C-2-a': 'fiches/i-c-2-a.html',
    'Fiche RES-002': 'ressources/res-002.html', 'res-002': 'ressources/res-002.html',
    'EXP-001-2': 'experiences-externes/exp-001-2.html', 'fiche ii 3': 'fiches/ii-3.html',
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('un mot avec une faute de frappe trouve quand même, et la recherche dit ce qu’elle a cherché', async () => {
  const { context, page } = await open();
  const exact = await search(page, 'coopération');
  const typo = await search(page, 'cooperaton');
  assert.equal(typo.hrefs[0], exact.hrefs[0]);
  assert.match(typo.status, /« cooperaton » ne figure pas dans le manuel : résultats pour « coopération », à une lettre près\./);
  assert.doesNotMatch(exact.status, /ne figure pas/);
  assert.equal((await search(page, 'gouvernence')).hrefs[0], 'fiches/i-c-2-h.html');
  // Below exact matches: « Jura » found as typed ranks the Jura fiches above those that only hold « cooperation ».
  const both = await search(page, 'Jura cooperaton');
  assert.equal(both.hrefs[0], 'fiches/iii-4.html');
  // A short word is never « corrected »: four letters or fewer must be typed right.
  assert.match((await search(page, 'jure')).status, /^(Aucun|\d)/);
  assert.doesNotMatch((await search(page, 'jure')).status, /ne figure pas/);
  await context.close();
});

test('le nombre dit ce qu’il compte : fiches du manuel, documents de la bibliothèque, autres pages', async () => {
  const { context, page } = await open();
  const { status, hrefs } = await search(page, 'coopération');
  const match = status.match(/^(\d+) résultats : (\d+) fiches du manuel, (\d+) documents de la bibliothèque(?:, (\d+) autres? pages?)?\.$/);
  assert.ok(match, status);
  const [, total, fiches, library, pages = '0'] = match.map((n) => n ?? '0');
  assert.equal(Number(total), Number(fiches) + Number(library) + Number(pages));
  assert.equal(hrefs.length, 10);
  assert.match((await search(page, 'Cambrésis')).status, /^1 résultat : 1 fiche du manuel\.$/);
  assert.match((await search(page, 'scierie')).status, /^1 résultat : 1 document de la bibliothèque\.$/);
  assert.match((await search(page, 'GTEC')).status, /^3 résultats : 1 fiche du manuel, 2 documents de la bibliothèque\.$/);
  await context.close();
});

test('une seule lettre affiche un état ; deux lettres cherchent', async () => {
  const { context, page } = await open();
  const one = await search(page, 'c');
  assert.equal(one.status, 'Tapez au moins deux lettres.');
  assert.equal(await page.isHidden('#recherche-resultats'), true);
  const two = await search(page, 'co');
  assert.match(two.status, /^\d+ résultats/);
  assert.ok(two.hrefs.length > 0);
  await context.close();
});

for (const [device, viewport] of Object.entries(viewports)) {
  test(`numéros, fautes et états respectent WCAG 2.1 AA (${device})`, async () => {
    const { context, page } = await open({ viewport, bypassCSP: true });
    for (const query of ['fiche III-4', 'cooperaton', 'c']) {
      await search(page, query);
      assert.deepEqual(await axeViolations(page), [], query);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `défilement horizontal de ${overflow} px`);
    await context.close();
  });
}
