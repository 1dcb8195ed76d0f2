// WCAG 2.1 AA in a real browser: axe-core on the pages of each kind, on a phone and a desktop,
// and the keyboard alone (skip link, visible focus).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, axeViolations, viewports } from './browser.mjs';

const pages = [
  'index.html',
  'pages/edito.html',
  'fiches/i-a-1.html',
  'fiches/i-c-2-a.html',
  'fiches/ii-1.html',
  'fiches/iii-4.html',
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [device, viewport] of Object.entries(viewports)) {
  for (const path of pages) {
    test(`${path} respecte WCAG 2.1 AA (${device})`, async () => {
      // The site's CSP forbids inline scripts (rightly): axe is injected with the CSP bypassed.
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(pageUrl(path));
      const violations = await axeViolations(page);
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
}

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
  for (const path of pages) {
    await page.goto(pageUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path} déborde de ${overflow} px`);
  }
  await page.close();
});

test('le site ne demande rien à Internet', async () => {
  const page = await browser.newPage();
  const external = [];
  page.on('request', request => { if (!request.url().startsWith('file:')) external.push(request.url()); });
  for (const path of pages) await page.goto(pageUrl(path));
  await page.close();
  assert.deepEqual(external, []);
});
