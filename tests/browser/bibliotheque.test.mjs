// The library and the glossary in a real browser: an explained acronym is reachable by keyboard, its
// expansion is in the accessible name (hidden on screen) and printed once in parentheses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl, viewports } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('un sigle expliqué se lit au clavier, donne son développement, et l’imprime une fois', async () => {
  const page = await browser.newPage({ viewport: viewports.telephone });
  await page.goto(pageUrl('fiches/i-c-2-a.html'));
  const sigle = page.locator('.fiche-corps a.sigle').first();
  assert.ok(await sigle.count() > 0, 'la fiche I-C-2-a emploie au moins un sigle du glossaire');
  await sigle.focus();
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return { sigle: element.classList.contains('sigle'), outline: parseFloat(style.outlineWidth), href: element.getAttribute('href') };
  });
  assert.ok(focused.sigle && focused.outline >= 2, 'le sigle reçoit le focus, avec un contour visible');
  assert.match(focused.href, /glossaire\/index\.html#sigle-/);
  const expansion = await sigle.locator('abbr').getAttribute('title');
  const hidden = await sigle.locator('.sigle-developpe').evaluate(e => e.getBoundingClientRect().width);
  assert.ok(hidden <= 1, 'à l’écran, le développement est réservé aux lecteurs d’écran');
  assert.equal(await sigle.locator('.sigle-developpe').textContent(), ` (${expansion})`);

  await page.emulateMedia({ media: 'print' });
  const printed = await sigle.locator('.sigle-developpe').evaluate(e => e.getBoundingClientRect().width);
  assert.ok(printed > 10, 'à l’impression, le développement s’affiche entre parenthèses');
  await page.close();
});

test('une expérience externe se présente comme telle, avec sa source et ses dates, sans défilement horizontal', async () => {
  for (const viewport of Object.values(viewports)) {
    const page = await browser.newPage({ viewport });
    await page.goto(pageUrl('experiences-externes/exp-001-1.html'));
    const notice = await page.locator('.avis-source-externe').textContent();
    assert.match(notice, /Expérience tirée d’une source externe/);
    assert.match(notice, /rapportés en \d{4}/);
    assert.equal(await page.locator('.avis-source-externe a[href$="ressources/res-001.html"]').count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await page.close();
  }
});

test('dans la Bibliothèque, chaque lien porte le seul titre de la page visée ; le reste est du texte', async () => {
  const page = await browser.newPage({ viewport: viewports.telephone });
  await page.goto(pageUrl('bibliotheque/index.html'));
  const links = await page.evaluate(() => [...document.querySelectorAll('.bibliotheque-liste a')]
    .map(a => ({ href: a.getAttribute('href'), text: a.textContent.trim() })));
  assert.ok(links.length >= 16, `${links.length} liens`);
  for (const link of links) {
    const target = await browser.newPage();
    await target.goto(new URL(link.href, page.url()).href);
    assert.equal(link.text, (await target.locator('h1').textContent()).trim(), `${link.href} : le lien dit autre chose que le titre de sa page`);
    await target.close();
  }
  // Structure, place and dates of each case are there, outside the link.
  assert.ok(await page.locator('.cas-liste > li > .cas-details').count() > 0);
  assert.equal(await page.locator('.cas-liste a .cas-details, .cas-liste a .dates-source').count(), 0);
  await page.close();
});
