// Prints the reading figures of issue « lire sur le web »: page heights at 1280 and 375 px, where the
// fiche's own text starts and ends, and how many lines the « Expériences proches » block holds.
// Usage: node mesures.mjs [page…]  (the built site: CLASSEUR_SITE or _site/).
import { launch, pageUrl, sitePages } from './browser.mjs';

const widths = { ordinateur: { width: 1280, height: 800 }, telephone: { width: 375, height: 812 } };
const fiches = sitePages().filter(p => p.startsWith('fiches/'));
const asked = process.argv.slice(2);
const browser = await launch();
const rows = [];
for (const [name, viewport] of Object.entries(widths)) {
  const page = await browser.newPage({ viewport });
  for (const path of asked.length ? asked : fiches) {
    await page.goto(pageUrl(path));
    rows.push({ path, name, ...await page.evaluate(() => {
      const body = document.querySelector('.fiche-corps');
      const box = body?.getBoundingClientRect();
      const first = body?.querySelector('p, li, h2, h3');
      return {
        height: Math.round(document.documentElement.scrollHeight),
        textTop: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
        textEnd: box ? Math.round(box.bottom + scrollY) : null,
        proches: document.querySelectorAll('.experiences-proches li').length,
      };
    }) });
  }
  await page.close();
}
await browser.close();
for (const r of rows.filter(r => asked.length || r.path === 'fiches/i-c-2-a.html' || r.path === 'fiches/iii-4.html'))
  console.log(`${r.path} ${r.name}: hauteur ${r.height} px, texte de ${r.textTop} à ${r.textEnd} px (rapport ${(r.height / r.textEnd).toFixed(2)}), expériences proches ${r.proches}`);
const phone = rows.filter(r => r.name === 'telephone' && r.textTop !== null);
const worst = phone.reduce((a, b) => (b.textTop > a.textTop ? b : a));
console.log(`téléphone : ${phone.length} fiches, début du texte médian ${phone.map(r => r.textTop).sort((a, b) => a - b)[phone.length >> 1]} px, pire ${worst.textTop} px (${worst.path})`);
for (const name of Object.keys(widths)) {
  const ratios = rows.filter(r => r.name === name && r.textEnd).map(r => r.height / r.textEnd).sort((a, b) => a - b);
  console.log(`${name} : hauteur de page / fin du texte, médiane ${ratios[ratios.length >> 1].toFixed(2)}, pire ${ratios.at(-1).toFixed(2)}`);
}
