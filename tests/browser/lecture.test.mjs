// Reading the site: the text first on a phone, a way around from the header, pages that end. Heights
// and positions are measured in Chromium at 375 and 1280 px, not merely looked for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, sitePages } from './browser.mjs';

const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 800 };
const pages = sitePages();
const fiches = pages.filter(p => p.startsWith('fiches/'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Where the fiche's text starts and ends, and how tall the page is. */
const measure = () => {
  const body = document.querySelector('.fiche-corps');
  const first = body.querySelector('p, li, h2, h3');
  const box = body.getBoundingClientRect();
  return { top: first.getBoundingClientRect().top + scrollY, start: box.top + scrollY, end: box.bottom + scrollY, height: document.documentElement.scrollHeight };
};

test('sur un téléphone, la première ligne du texte de chaque fiche est dans les 700 premiers pixels', async () => {
  const page = await browser.newPage({ viewport: phone });
  const late = [];
  for (const path of fiches) {
    await page.goto(pageUrl(path));
    const { top } = await page.evaluate(measure);
    if (top > 700) late.push(`${path} : ${Math.round(top)} px`);
  }
  await page.close();
  assert.deepEqual(late, []);
});

test('la page de I-C-2-a finit avant 1,5 fois la hauteur de son texte, sur un téléphone comme sur un ordinateur', async () => {
  for (const viewport of [phone, desktop]) {
    const page = await browser.newPage({ viewport });
    await page.goto(pageUrl('fiches/i-c-2-a.html'));
    const m = await page.evaluate(measure);
    assert.ok(m.height <= 1.5 * (m.end - m.start), `${viewport.width} px : page de ${m.height} px pour un texte de ${Math.round(m.end - m.start)} px`);
    await page.close();
  }
});

test('toute page du site est à deux clics de toute autre par l’en-tête', async () => {
  const page = await browser.newPage({ viewport: desktop });
  const site = new URL(pageUrl('index.html'));
  const local = href => decodeURIComponent(new URL(href).pathname.slice(new URL('.', site).pathname.length));
  await page.goto(pageUrl('index.html'));
  const ways = await page.evaluate(() => [...document.querySelectorAll('header .navigation-principale a')].map(a => a.href));
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('header .navigation-principale a')].map(a => a.textContent)),
    ['Sommaire', 'Mots clefs', 'Territoires', 'Graphe', 'Bibliothèque', 'Glossaire', 'Imprimer']);
  const reached = new Set(ways.map(local));
  for (const way of ways) {
    await page.goto(way);
    for (const href of await page.evaluate(() => [...document.querySelectorAll('main a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href.split('#')[0])))
      if (href.startsWith('file:')) reached.add(local(href));
  }
  // The editorial report is for the staff (noindex), deliberately outside the navigation.
  const missing = pages.filter(p => !reached.has(p) && !p.startsWith('rapport/'));
  assert.deepEqual(missing, []);
  // Every page carries the same header.
  const without = [];
  for (const path of pages) {
    await page.goto(pageUrl(path));
    if (await page.locator('header .navigation-principale a').count() !== ways.length) without.push(path);
  }
  await page.close();
  assert.deepEqual(without, []);
});

test('l’en-tête tient en peu de place sur un téléphone, avec un champ de recherche compact', async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(pageUrl('fiches/i-c-2-a.html'));
  const header = await page.locator('header.entete').boundingBox();
  assert.ok(header.height <= 200, `l’en-tête fait ${header.height} px`);
  const field = await page.locator('header #recherche-champ').boundingBox();
  assert.ok(field.height <= 48 && field.width <= phone.width, `champ de ${field.width}×${field.height}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await page.close();
});

test('l’aide au clavier n’est montrée que là où un clavier est probable', async () => {
  const touch = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
  const mobile = await touch.newPage();
  await mobile.goto(pageUrl('index.html'));
  await mobile.locator('#recherche-champ').focus();
  assert.equal(await mobile.locator('#recherche-aide').isVisible(), false);
  await touch.close();
  const page = await browser.newPage({ viewport: desktop });
  await page.goto(pageUrl('index.html'));
  await page.locator('#recherche-champ').focus();
  assert.equal(await page.locator('#recherche-aide').isVisible(), true);
  await page.close();
});

test('le plan de la fiche est à côté du texte sur un ordinateur, replié en haut sur un téléphone', async () => {
  const wide = await browser.newPage({ viewport: desktop });
  await wide.goto(pageUrl('fiches/i-c-2-a.html'));
  const plan = await wide.locator('.plan-fiche-large').boundingBox();
  const text = await wide.locator('.fiche-corps').boundingBox();
  assert.ok(plan.x >= text.x + text.width, 'le plan est à droite du texte');
  const anchors = await wide.evaluate(() => [...document.querySelectorAll('.plan-fiche-large a')].map(a => a.getAttribute('href')));
  assert.ok(anchors.length >= 5);
  for (const anchor of anchors) assert.ok(await wide.evaluate(id => !!document.getElementById(id), anchor.slice(1)), anchor);
  // It stays in view while reading (sticky).
  await wide.evaluate(() => scrollTo(0, 4000));
  const stuck = await wide.locator('.plan-fiche-large > div').boundingBox();
  assert.ok(stuck.y >= 0 && stuck.y < 100, `plan à y = ${stuck.y} après défilement`);
  await wide.close();

  const small = await browser.newPage({ viewport: phone });
  await small.goto(pageUrl('fiches/i-c-2-a.html'));
  assert.equal(await small.locator('.plan-fiche-large').isVisible(), false);
  const folded = small.locator('.plan-fiche-replie summary');
  assert.ok((await folded.boundingBox()).y < (await small.locator('.fiche-corps').boundingBox()).y);
  assert.equal(await small.locator('.plan-fiche-replie ol').first().isVisible(), false);
  await folded.click();
  assert.equal(await small.locator('.plan-fiche-replie ol').first().isVisible(), true);
  await small.close();
});

test('les listes longues se déplient par « Voir tout », sans script', async () => {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl('fiches/i-c-2-a.html'));
  const fold = page.locator('.en-pratique .voir-tout').first();
  const hidden = fold.locator('li').first();
  assert.equal(await hidden.isVisible(), false);
  assert.match(await fold.locator('summary').textContent(), /^Voir tout \(\d+\)$/);
  await fold.locator('summary').click();
  assert.equal(await hidden.isVisible(), true);
  await context.close();
});

test('« Expériences proches » : au plus 5, avec leurs raisons, et aucune fiche deux fois entre les blocs', async () => {
  const page = await browser.newPage({ viewport: desktop });
  const twice = [];
  for (const path of fiches.filter(p => /iii-\d+\.html$/.test(p))) {
    await page.goto(pageUrl(path));
    const blocks = await page.evaluate(() => ['.plus-loin > ul a, .plus-loin details a', '.experiences-proches a', '.suggestions a']
      .map(s => [...document.querySelectorAll(s)].map(a => a.getAttribute('href')).filter(h => h.endsWith('.html'))));
    const near = await page.evaluate(() => [...document.querySelectorAll('.experiences-proches li')].map(li => li.querySelector('.raison')?.textContent ?? ''));
    assert.ok(near.length <= 5, `${path} : ${near.length} expériences proches`);
    for (const reason of near) assert.match(reason, /dimensions? en commun|même région/);
    const all = blocks.flat();
    const seen = new Set();
    for (const href of all) { if (seen.has(href)) twice.push(`${path} : ${href}`); seen.add(href); }
  }
  await page.close();
  assert.deepEqual(twice, []);
});

test('le graphe : survoler ou atteindre une fiche au clavier fait ressortir ses liens et ses voisines', async () => {
  const page = await browser.newPage({ viewport: desktop });
  await page.goto(pageUrl('graphe.html'));
  const node = page.locator('svg.graphe-manuel a[data-fiche="I-C-2-a"]');
  const labels = await page.evaluate(() => [...document.querySelectorAll('svg.graphe-manuel .graphe-etiquettes text')].map(t => t.textContent));
  assert.ok(labels.includes('I-C-2-a Coopération'), 'chaque case porte l’id et le titre court');
  for (const act of [() => node.hover(), () => node.focus()]) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.activeElement?.blur());
    await act();
    const lit = await page.evaluate(() => [...document.querySelectorAll('.graphe-lien-actif')].map(p => [p.dataset.de, p.dataset.vers]));
    assert.ok(lit.length > 0);
    for (const [from, to] of lit) assert.ok(from === 'I-C-2-a' || to === 'I-C-2-a');
    const expected = await page.evaluate(() => document.querySelectorAll('.graphe-lien[data-de="I-C-2-a"], .graphe-lien[data-vers="I-C-2-a"]').length);
    assert.equal(lit.length, expected);
    const neighbours = await page.evaluate(() => document.querySelectorAll('a.graphe-voisin').length);
    assert.ok(neighbours > 1);
    // The other edges fade: the lit one is drawn at full opacity, the rest at most at 0.2.
    const opacities = await page.evaluate(() => [...document.querySelectorAll('.graphe-lien')].map(p => [p.classList.contains('graphe-lien-actif'), +getComputedStyle(p).strokeOpacity]));
    for (const [on, opacity] of opacities) assert.ok(on ? opacity === 1 : opacity <= 0.2);
  }
  // Labels are legible at 1280 px: 11 px at least once drawn.
  const size = await page.evaluate(() => document.querySelector('.graphe-etiquette-longue').getBoundingClientRect().height);
  assert.ok(size >= 11, `étiquettes de ${size} px`);
  await page.close();
});

test('sur un téléphone, le graphe garde des étiquettes lisibles dans un cadre qui défile, et mène à sa version en liste', async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(pageUrl('graphe.html'));
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  const size = await page.evaluate(() => document.querySelector('.graphe-etiquette-longue').getBoundingClientRect().height);
  assert.ok(size >= 10, `étiquettes de ${size} px`);
  const link = page.locator('.graphe-renvoi-texte a');
  assert.ok((await link.boundingBox()).y < 700);
  await link.click();
  assert.equal(await page.evaluate(() => location.hash), '#titre-graphe-texte');
  await page.close();
});

test('la carte écrit le nombre d’expériences de chaque département marqué', async () => {
  const page = await browser.newPage({ viewport: desktop });
  await page.goto(pageUrl('territoires.html'));
  const marks = await page.evaluate(() => [...document.querySelectorAll('svg.carte-france a')].map(a => [a.getAttribute('aria-label'), a.querySelector('.carte-compte')?.textContent]));
  assert.ok(marks.length > 0);
  for (const [name, count] of marks) assert.equal(count, name.match(/: (\d+) expériences?$/)[1], name);
  assert.ok(marks.some(([, c]) => c === '1') && marks.some(([, c]) => +c > 1));
  await page.close();
});

test('le glossaire a une barre de A à Z qui reste visible et mène à chaque lettre', async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(pageUrl('glossaire/index.html'));
  const letters = await page.evaluate(() => [...document.querySelectorAll('.glossaire-lettres li')].map(li => li.textContent));
  assert.deepEqual(letters.slice(0, 26), [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
  const links = page.locator('.glossaire-lettres a');
  const last = links.last();
  const target = (await last.getAttribute('href')).slice(1);
  await last.click();
  await page.waitForFunction(id => { const t = document.getElementById(id).getBoundingClientRect().top; return t > 0 && t < innerHeight; }, target, { timeout: 5000 });
  const bar = await page.locator('.glossaire-lettres').boundingBox();
  assert.ok(bar.y <= 1, 'la barre reste en haut');
  const heading = await page.locator(`#${target}`).boundingBox();
  assert.ok(heading.y >= bar.y + bar.height - 1, 'la lettre n’est pas cachée sous la barre');
  // Every term is under the letter it starts with, accents aside.
  const wrong = await page.evaluate(() => [...document.querySelectorAll('h2.glossaire-lettre')].flatMap(h => {
    const terms = [...h.nextElementSibling.querySelectorAll('dt')].map(dt => dt.textContent);
    return terms.filter(t => h.textContent !== '#' && t.normalize('NFD')[0].toUpperCase() !== h.textContent);
  }));
  assert.deepEqual(wrong, []);
  await page.close();
});
