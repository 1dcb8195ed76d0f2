// Classeur : le pied de page des fiches dans un classeur imprimé.
// « Fiche I-C-2-a – Coopération · Page 2/4 · Version 1 (décembre 2010) » : « Page i/n » compte les pages
// de la fiche elle-même, où qu'elle soit dans le classeur. Ni Chromium ni les compteurs CSS ne savent
// remettre le compteur à zéro pour chaque fiche : ce gestionnaire de Paged.js le fait une fois toutes
// les pages composées. Les pages blanches (versos ajoutés) et les intercalaires n'ont pas ce pied.
/* global Paged */
class PiedDeFiche extends Paged.Handler {
  afterRendered(pages) {
    const body = document.body.dataset;
    const owners = pages.map(page => page.element.querySelector('.pagedjs_page_content [data-pied]'));
    const key = owner => owner && (owner.dataset.ref || owner.id);
    for (let first = 0; first < pages.length; first++) {
      const owner = owners[first];
      if (!owner) continue;
      let last = first;
      while (last + 1 < pages.length && key(owners[last + 1]) === key(owner)) last++;
      for (let page = first; page <= last; page++) {
        const box = pages[page].element.querySelector('.pagedjs_margin-bottom-center');
        if (!box) continue;
        box.classList.add('hasContent');
        const edition = body.edition ? ` · ${body.edition}` : '';
        box.querySelector('.pagedjs_margin-content').textContent =
          `${owner.dataset.pied} · ${body.libellePage} ${page - first + 1}/${last - first + 1}${edition}`;
      }
      first = last;
    }
  }
}
Paged.registerHandlers(PiedDeFiche);
