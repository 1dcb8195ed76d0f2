// Classeur : ce que Paged.js laisse à faire une fois toutes les pages d'un classeur composées.
// - le numéro de page dans le coin extérieur, compté depuis la couverture du classeur qui tient les
//   fiches (les couvertures et sommaires des parties composées avec lui ne sont pas numérotés) ;
// - le pied de chaque fiche : « Fiche I-C-2-a – Coopération · Page 2/4 · Version 1 — décembre 2010 »,
//   « Page i/n » comptant les pages de la fiche elle-même ;
// - les numéros de page du sommaire, de la page de garde et de l'index ([data-cible]) ;
// - window.classeurPages : la première et la dernière page de chaque classeur, et la page de chaque
//   intercalaire et de chaque fiche, pour imprimer les parties comme des extraits du manuel complet.
// Les pages blanches (versos ajoutés) n'ont ni numéro ni pied.
/* global Paged */
class Reliure extends Paged.Handler {
  afterRendered(pages) {
    const body = document.body.dataset;
    const elements = pages.map(page => page.element);
    const binderOf = [];
    let current = null;
    for (const element of elements) {
      const holder = element.querySelector('.pagedjs_page_content [data-reliure]');
      if (holder) current = holder.dataset.reliure;
      binderOf.push(current);
    }
    const ranges = {};
    binderOf.forEach((slug, i) => {
      ranges[slug] = ranges[slug] || [i + 1, i + 1];
      ranges[slug][1] = i + 1;
    });
    const start = ranges[body.numerotee][0];
    const numbered = i => binderOf[i] === body.numerotee;
    const number = i => i + 2 - start;
    const write = (page, selector, text) => {
      const box = page.querySelector(selector);
      if (!box) return;
      box.classList.add('hasContent');
      box.querySelector('.pagedjs_margin-content').textContent = text;
    };

    elements.forEach((page, i) => {
      if (!numbered(i) || page.classList.contains('pagedjs_blank_page') || page.querySelector('.pagedjs_page_content .couverture')) return;
      const right = page.classList.contains('pagedjs_right_page');
      write(page, right ? '.pagedjs_margin-bottom-right' : '.pagedjs_margin-bottom-left', String(number(i)));
    });

    const owners = elements.map(page => page.querySelector('.pagedjs_page_content [data-pied]'));
    const key = owner => owner && (owner.dataset.ref || owner.id);
    for (let first = 0; first < elements.length; first++) {
      const owner = owners[first];
      if (!owner) continue;
      let last = first;
      while (last + 1 < elements.length && key(owners[last + 1]) === key(owner)) last++;
      const version = owner.dataset.version ? ` · ${owner.dataset.version}` : '';
      for (let page = first; page <= last; page++)
        write(elements[page], '.pagedjs_margin-bottom-center', `${owner.dataset.pied} · ${body.libellePage} ${page - first + 1}/${last - first + 1}${version}`);
      first = last;
    }

    const pageOf = element => elements.indexOf(element.closest('.pagedjs_page'));
    for (const reference of document.querySelectorAll('[data-cible]')) {
      const target = document.getElementById(reference.dataset.cible);
      if (target) reference.textContent = String(number(pageOf(target)));
    }

    const anchors = {};
    for (const target of document.querySelectorAll('.pagedjs_page_content .intercalaire[id], .pagedjs_page_content .fiche-reliure[id]'))
      if (!(target.id in anchors)) anchors[target.id] = pageOf(target) + 1;
    window.classeurPages = { ranges, anchors, count: elements.length };
  }
}
Paged.registerHandlers(Reliure);
