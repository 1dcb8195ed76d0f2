// The knowledge base in a real browser: the territories map and the graphs are usable with the
// keyboard, every SVG link leads somewhere, and nothing overflows a 375 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, axeViolations } from './browser.mjs';

const phone = { width: 375, height: 812 };
const pages = ['territoires.html', 'graphe.html', 'rapport/index.html', 'fiches/i-c-2-a.html', 'fiches/iii-4.html', 'index.html'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('les pages de la base de connaissances ne défilent pas horizontalement à 375 px et respectent WCAG 2.1 AA', async () => {
  const context = await browser.newContext({ viewport: phone, bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  for (const path of pages) {
    await page.goto(pageUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${path} : ${overflow} px de trop`);
    for (const violation of await axeViolations(page)) problems.push(`${path} : ${violation}`);
  }
  await context.close();
  assert.deepEqual(problems, []);
});

test('chaque département marqué de la carte est un lien nommé vers sa place dans la liste', async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(pageUrl('territoires.html'));
  const links = await page.evaluate(() => [...document.querySelectorAll('svg.carte-france a')].map(a => ({
    name: a.getAttribute('aria-label'), target: a.getAttribute('href'),
    found: !!document.getElementById(a.getAttribute('href').slice(1)),
  })));
  assert.ok(links.length > 0);
  for (const link of links) {
    assert.match(link.name, /^.+ : \d+ expériences?$/);
    assert.ok(link.found, `${link.target} absent de la liste`);
  }
  // The keyboard reaches the map: the focused département is outlined in red, thickly.
  await page.locator('svg.carte-france a').first().focus();
  const stroke = await page.evaluate(() => {
    const path = document.activeElement.querySelector('path');
    const style = getComputedStyle(path);
    return { colour: style.stroke, width: parseFloat(style.strokeWidth) };
  });
  assert.equal(stroke.colour, 'rgb(212, 53, 28)');
  assert.ok(stroke.width >= 3);
  await page.close();
});

test('le graphe du manuel a un lien par fiche, et chaque lien mène à une fiche', async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(pageUrl('graphe.html'));
  const nodes = await page.evaluate(() => [...document.querySelectorAll('svg.graphe-manuel a')].map(a => a.getAttribute('href')));
  const listed = await page.evaluate(() => [...document.querySelectorAll('.graphe-texte > ul > li > a')].map(a => a.getAttribute('href')));
  assert.deepEqual(nodes, listed);
  // The drawing keeps legible labels and scrolls sideways inside its frame, which fits the screen.
  const box = await page.locator('.graphe-defilant').boundingBox();
  assert.ok(box.width <= phone.width, `le cadre du graphe fait ${box.width} px de large`);
  await page.close();
});

test('les expériences dont la source ne dit pas le lieu sont listées hors de la carte, et le lien du haut y mène au clavier', async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(pageUrl('territoires.html'));
  const apart = await page.evaluate(() => [...document.querySelectorAll('.lieu-non-precise li a')].map(a => a.getAttribute('href')));
  assert.ok(apart.length > 0, 'le manuel a des expériences au lieu non précisé');
  // None of them is under a département of the list, which is what the map's links lead to.
  const listed = await page.evaluate(() => [...document.querySelectorAll('.liste-territoires:not(.lieu-non-precise) li a')].map(a => a.getAttribute('href')));
  for (const href of apart) assert.ok(!listed.includes(href), `${href} placé sous un département`);
  await page.locator('.renvoi-lieu-non-precise a').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#titre-lieu-non-precise');
  // The heading comes into view (the page may scroll smoothly: wait for it, at most 5 s).
  await page.waitForFunction(() => {
    const top = document.getElementById('titre-lieu-non-precise').getBoundingClientRect().top;
    return top > -1 && top < innerHeight;
  }, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'titre-lieu-non-precise', 'le focus suit le lien');
  await page.close();
});
