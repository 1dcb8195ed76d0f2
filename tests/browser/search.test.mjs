// The search box, in a real Chromium, on the built site opened from file://: real queries of the
// manual give the expected fiches first, accents and elisions or not; the keyboard alone is enough;
// the results stay WCAG 2.1 AA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, axeViolations, viewports } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(path = 'index.html', options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pageUrl(path));
  return { context, page, errors };
}

/** Types a query and waits until the box says it shows all its results (or that there are none). */
async function search(page, query) {
  await page.fill('#recherche-champ', query);
  await page.waitForFunction((q) => document.querySelector('#recherche-etat').getAttribute('data-requete') === q, query);
  return page.$$eval('#recherche-resultats li a:first-child', (links) => links.map((a) => a.getAttribute('href')));
}

const expectations = [
  ['coopération', 'fiches/i-c-2-a.html'],
  ['cooperation', 'fiches/i-c-2-a.html'],
  ['Coopération', 'fiches/i-c-2-a.html'],
  ['mutualiser', 'fiches/iii-7.html'],
  ["l'insertion", 'fiches/i-a-2.html'],
  ['l’insertion', 'fiches/i-a-2.html'],
  // The library's case titled « Une GTEC territoriale en Sud Alsace » comes before the manual's III-17 section.
  ['GTEC', 'experiences-externes/exp-001-2.html'],
  ['Jura', 'fiches/iii-4.html'],
  ['gouvernance', 'fiches/i-c-2-h.html'],
  ["d'activités", 'fiches/i-c-1-a.html'],
  ['création d’activités', 'fiches/i-c-1-a.html'],
  ['transversalite', 'fiches/i-c-2-c.html'],
];

test('les recherches du manuel donnent d’abord les bonnes fiches', async () => {
  const { context, page, errors } = await open();
  const firsts = {};
  for (const [query] of expectations) firsts[query] = (await search(page, query))[0];
  assert.deepEqual(firsts, Object.fromEntries(expectations));
  assert.deepEqual(errors, []);
  await context.close();
});

test('accents et élisions ne changent pas les résultats', async () => {
  const { context, page } = await open();
  assert.deepEqual(await search(page, 'cooperation'), await search(page, 'coopération'));
  assert.deepEqual(await search(page, "l'insertion"), await search(page, 'insertion'));
  await context.close();
});

test('un résultat montre le type, un extrait et les mots trouvés surlignés', async () => {
  const { context, page } = await open();
  await search(page, 'Jura');
  const first = page.locator('#recherche-resultats li').first();
  assert.match(await first.locator('.recherche-type').textContent(), /^Expérience · .+/);
  assert.match(await first.locator('mark').first().textContent(), /Jura/);
  assert.match(await page.textContent('#recherche-etat'), /^\d+ résultats : \d+ fiches du manuel\.$/);
  await search(page, 'xyzzy');
  assert.equal(await page.textContent('#recherche-etat'), 'Aucun résultat pour « xyzzy ».');
  await context.close();
});

test('rien n’est chargé avant le premier passage dans le champ, puis seulement ce que la recherche lit', async () => {
  const { context, page } = await open('fiches/i-c-2-a.html');
  // Scripts the page added (Resource Timing does not list file:// loads).
  const loaded = () => page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src').split('assets/')[1]).filter(Boolean));
  assert.deepEqual((await loaded()).filter((f) => /lunr|recherche\//.test(f)), []);
  await page.focus('#recherche-champ');
  await page.waitForFunction(() => window.lunr && window.classeurMoteur);
  await search(page, 'Jura');
  const files = (await loaded()).filter((f) => f.startsWith('recherche/'));
  // The manifest, the shard of « jura », and one text file per result shown: not the whole index.
  assert.ok(files.includes('recherche/index.js'), files.join(' '));
  assert.ok(files.some((f) => f.startsWith('recherche/t/')), files.join(' '));
  assert.ok(files.filter((f) => f.startsWith('recherche/s/')).length <= 10, files.join(' '));
  assert.ok(files.length <= 14, files.join(' '));
  await context.close();
});

test('le clavier suffit : « / », flèches, Entrée, Échap', async () => {
  const { context, page } = await open('fiches/i-c-2-a.html');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'recherche-champ');
  await page.keyboard.type('coopération');
  await page.waitForFunction(() => document.querySelector('#recherche-etat').getAttribute('data-requete') === 'coopération');
  const hrefs = await page.$$eval('#recherche-resultats li > a', (links) => links.map((a) => a.getAttribute('href')));
  const focused = () => page.evaluate(() => document.activeElement.getAttribute('href') ?? document.activeElement.id);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), hrefs[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), hrefs[1]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'recherche-champ');
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#recherche-resultats'), true);
  assert.equal(await page.inputValue('#recherche-champ'), '');

  await page.keyboard.type('Jura');
  await page.waitForFunction(() => document.querySelector('#recherche-etat').getAttribute('data-requete') === 'Jura');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(/iii-4\.html$/), page.keyboard.press('Enter')]);
  await context.close();
});

for (const [device, viewport] of Object.entries(viewports)) {
  test(`la recherche et ses résultats respectent WCAG 2.1 AA (${device})`, async () => {
    const { context, page } = await open('index.html', { viewport, bypassCSP: true });
    await search(page, 'coopération');
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `défilement horizontal de ${overflow} px`);
    await context.close();
  });
}
