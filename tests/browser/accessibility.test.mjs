// WCAG 2.1 AA in a real browser: axe-core on the pages of each kind, on a phone and a desktop,
// and the keyboard alone (skip link, visible focus).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, axeViolations, viewports, sitePages } from './browser.mjs';

// Every page of the built site, so that each converted fiche is checked as it lands.
const pages = sitePages();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [device, viewport] of Object.entries(viewports)) {
  test(`chaque page respecte WCAG 2.1 AA (${device}, ${pages.length} pages)`, async () => {
    // The site's CSP forbids inline scripts (rightly): axe is injected with the CSP bypassed.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    const failures = {};
    for (const path of pages) {
      await page.goto(pageUrl(path));
      const violations = await axeViolations(page);
      if (violations.length > 0) failures[path] = violations;
    }
    await context.close();
    assert.deepEqual(failures, {});
  });
}

test('les intertitres de chaque page descendent d’un niveau à la fois', async () => {
  const page = await browser.newPage();
  const jumps = [];
  for (const path of pages) {
    await page.goto(pageUrl(path));
    const levels = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]
      .map(h => [Number(h.tagName[1]), h.textContent.trim()]));
    let previous = 0;
    for (const [level, text] of levels) {
      if (level > previous + 1) jumps.push(`${path} : h${level} « ${text} » après h${previous}`);
      previous = level;
    }
    if (levels.filter(([level]) => level === 1).length !== 1) jumps.push(`${path} : ${levels.filter(([l]) => l === 1).length} h1`);
  }
  await page.close();
  assert.deepEqual(jumps, []);
});

test('le lien d’évitement est le premier arrêt du clavier et mène au contenu', async () => {
  const page = await browser.newPage({ viewport: viewports.telephone });
  await page.goto(pageUrl('fiches/i-a-1.html'));
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, href: document.activeElement.getAttribute('href') }));
  assert.equal(first.href, '#contenu');
  const box = await page.locator('.evitement').boundingBox();
  assert.ok(box && box.y >= 0, 'le lien d’évitement devient visible quand il a le focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'contenu');
  await page.close();
});

test('chaque lien a un contour de focus visible', async () => {
  const page = await browser.newPage({ viewport: viewports.ordinateur });
  await page.goto(pageUrl('fiches/i-a-1.html'));
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, tag: document.activeElement.tagName };
    });
    assert.ok(outline.width >= 2 && outline.style !== 'none', `focus invisible sur ${outline.tag} (arrêt ${i + 1})`);
  }
  await page.close();
});

test('aucune page ne défile horizontalement sur un téléphone', async () => {
  const page = await browser.newPage({ viewport: viewports.telephone });
  const overflowing = [];
  for (const path of pages) {
    await page.goto(pageUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${path} déborde de ${overflow} px`);
  }
  await page.close();
  assert.deepEqual(overflowing, []);
});

test('le site ne demande rien à Internet', async () => {
  const page = await browser.newPage();
  const external = [];
  page.on('request', request => { if (!request.url().startsWith('file:')) external.push(request.url()); });
  for (const path of pages) await page.goto(pageUrl(path));
  await page.close();
  assert.deepEqual(external, []);
});
