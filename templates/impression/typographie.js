// Classeur : la césure française des fiches imprimées. Chromium sans interface ne fournit pas de
// dictionnaire de césure (hyphens: auto n'y coupe rien) : les motifs français de TeX (paquet npm
// « hyphen », motifs hyph-fr) placent des traits d'union conditionnels (U+00AD) dans les mots du texte,
// que Chromium — ou Paged.js — coupe en fin de ligne, en imprimant alors le trait d'union.
// Ni les titres, ni les adresses, ni les numéros de fiche, ni les sigles ne sont coupés.
/* global createHyphenator, hyphenationPatternsFr */
(function () {
  if (!document.documentElement.lang.startsWith('fr')) return;
  const hyphenate = createHyphenator(hyphenationPatternsFr, { hyphenChar: '\u00AD' });
  const blocks = 'p, li, td, th, dd, blockquote, figcaption';
  const never = 'h1, h2, h3, h4, h5, h6, .url, .renvoi, .etiquette, code, pre, abbr, .index-papier, .sommaire-reliure, .couverture, .intercalaire';
  const word = /\p{L}{6,}/gu;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest(blocks) && !parent.closest(never)) texts.push(node);
  }
  for (const text of texts) {
    text.data = text.data.replace(word, w => (w === w.toUpperCase() ? w : hyphenate(w)));
  }
})();
