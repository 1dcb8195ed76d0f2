/*
 * The search box of every page (templates/partials/recherche.hbs). Nothing is loaded until the box is
 * first focused: then lunr-languages' French pipeline, Classeur's (recherche-pipeline.js), the engine
 * (recherche-moteur.js) and the index's manifest; each query then loads the few files it needs. Every
 * file is a script that hands its data to window.classeurRecherche.recu, which also works from file://.
 * Results are built with DOM calls, never HTML strings.
 * Keyboard: « / » focuses the box, arrows move through results, Entrée opens one, Échap closes.
 * Filters: one labelled drop-down list per facet of the manifest, shown once a search finds several
 * results (or a filter is chosen); a filter alone lists the fiches it keeps.
 */
(function () {
  'use strict';
  var box = document.querySelector('.recherche');
  if (!box) return;
  var input = document.getElementById('recherche-champ');
  var status = document.getElementById('recherche-etat');
  var list = document.getElementById('recherche-resultats');
  var root = box.getAttribute('data-racine') || '';
  var libraries = ['lunr/lunr-fr.min.js', 'recherche-pipeline.js', 'recherche-moteur.js'];
  var moteur = null, loading = false, filters = [], fieldset = null, sequence = 0;
  var label = function (name) { return box.getAttribute('data-' + name) || ''; };

  /* The index's files: each calls recu(name, data) when it runs. */
  var files = {}, waiting = {};
  window.classeurRecherche = {
    recu: function (name, data) { if (waiting[name]) waiting[name](data); },
  };
  function loadFile(name) {
    if (!files[name]) {
      files[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement('script');
        script.src = root + 'assets/recherche/' + name + '.js';
        script.onerror = function () { delete files[name]; reject(new Error(name)); };
        document.head.appendChild(script);
      });
    }
    return files[name];
  }

  function load() {
    if (loading) return;
    loading = true;
    status.textContent = label('chargement');
    var manifest = loadFile('index');
    // Fetched together, run in order: each library needs the one before it.
    var last = null;
    libraries.forEach(function (file) {
      var script = document.createElement('script');
      script.src = root + 'assets/' + file;
      script.async = false;
      document.head.appendChild(script);
      last = script;
    });
    last.onload = function () {
      moteur = window.classeurMoteur(window.lunr, loadFile);
      Promise.all([manifest, moteur.pret()]).then(function (all) {
        buildFilters(all[1]);
        status.textContent = '';
        if (input.value) search(false);
      });
    };
  }

  function buildFilters(data) {
    if (!data.filtres || !data.filtres.length) return;
    var legend = document.createElement('legend');
    fieldset = document.createElement('fieldset');
    fieldset.className = 'recherche-filtres';
    fieldset.hidden = true;
    legend.textContent = data.filtresLegende;
    fieldset.appendChild(legend);
    data.filtres.forEach(function (facet) {
      var field = document.createElement('div'), name = document.createElement('label'), select = document.createElement('select');
      field.className = 'recherche-filtre';
      select.id = 'recherche-filtre-' + facet.n;
      select.setAttribute('aria-controls', 'recherche-resultats');
      name.htmlFor = select.id;
      name.textContent = facet.l;
      var any = document.createElement('option');
      any.value = '';
      any.textContent = data.filtresTous;
      select.appendChild(any);
      facet.v.forEach(function (value, i) {
        var option = document.createElement('option');
        option.value = String(i);
        option.textContent = value;
        select.appendChild(option);
      });
      select.addEventListener('change', function () { search(true); });
      field.appendChild(name);
      field.appendChild(select);
      fieldset.appendChild(field);
      filters.push(select);
    });
    box.insertBefore(fieldset, status);
  }

  function chosen() { return filters.map(function (s) { return s.value === '' ? null : Number(s.value); }); }
  function filtering() { return filters.some(function (s) { return s.value !== ''; }); }
  /* Filters are useful once a search finds several results; they stay while one is chosen or in use. */
  function showFilters(useful) {
    if (fieldset) fieldset.hidden = !(useful || filtering() || fieldset.contains(document.activeElement));
  }

  /*
   * The box says which query it shows: data-requete on the list once its first lines are shown, on the
   * status once everything is: what the tests and the benchmark wait for.
   */
  function shown(text) { status.setAttribute('data-requete', text); }

  /* A search; one a filter started (byFilter) never hides the filters being used. */
  function search(byFilter) {
    var mine = ++sequence, text = input.value;
    if (!moteur) return;
    moteur.chercher(text, chosen()).then(function (result) {
      if (mine !== sequence) return;
      if (result.etat === 'vide') { close(); showFilters(byFilter); shown(text); return; }
      if (result.etat === 'court') { close(); status.textContent = label('court'); shown(text); return; }
      if (result.etat === 'aucun') {
        list.replaceChildren();
        status.textContent = label('aucun').replace('{q}', result.texte) + corrections(result);
        suggest(result.texte);
        list.hidden = list.children.length === 0;
        showFilters(byFilter);
        shown(text);
        return;
      }
      // The first five lines as soon as their texts are in, the next five when theirs are.
      var lines = result.resultats.slice(0, 10).map(function (hit) { return moteur.details(result, hit); });
      Promise.all(lines.slice(0, 5)).then(function (first) {
        if (mine !== sequence) return null;
        list.replaceChildren.apply(list, first.map(item));
        list.hidden = false;
        list.setAttribute('data-requete', text);
        status.textContent = counted(result) + corrections(result);
        showFilters(byFilter || result.total > 1);
        return Promise.all(lines.slice(5)).then(function (rest) {
          if (mine !== sequence) return;
          rest.forEach(function (line) { list.appendChild(item(line)); });
          shown(text);
        });
      });
    });
  }

  /* « 4 522 », grouped by hand: toLocaleString('fr-FR') costs tens of milliseconds the first time. */
  function number(n) { return String(n).replace(/\B(?=(\d{3})+$)/g, '\u202f'); }

  /* « 12 résultats : 9 fiches du manuel, 2 documents de la bibliothèque, 1 autre page. » */
  function counted(result) {
    var names = [['fiche-un', 'fiches'], ['biblio-un', 'biblios'], ['page-un', 'pages']], parts = [];
    result.compte.forEach(function (n, c) {
      if (n > 0) parts.push(n === 1 ? label(names[c][0]) : label(names[c][1]).replace('{n}', number(n)));
    });
    var total = result.auMoins ? label('au-moins') : result.total === 1 ? label('resultat-un') : label('resultats');
    return total.replace('{n}', number(result.total)) + ' : ' + parts.join(', ') + '.';
  }

  function corrections(result) {
    return result.corrections.map(function (c) {
      return ' ' + label('correction').replace('{mot}', c.mot).replace('{correction}', c.correction);
    }).join('');
  }

  /* Nearest keywords of the index when nothing matches: those sharing the longest start with a typed word. */
  function suggest(text) {
    var keywords = moteur.manifeste().motsCles, words = text.toLowerCase().split(/\s+/), best = [];
    Object.keys(keywords).forEach(function (id) {
      var name = window.lunr.fr.accentFoldTerm(keywords[id].toLowerCase()), score = 0;
      words.forEach(function (w) {
        w = window.lunr.fr.accentFoldTerm(w);
        for (var n = w.length; n > 2; n--) if (name.indexOf(w.slice(0, n)) >= 0) { score = Math.max(score, n); break; }
      });
      if (score > 0) best.push([score, keywords[id], id]);
    });
    best.sort(function (a, b) { return b[0] - a[0]; });
    if (!best.length) return;
    var li = document.createElement('li');
    li.className = 'recherche-suggestions';
    li.appendChild(document.createTextNode(label('suggestions') + ' '));
    best.slice(0, 3).forEach(function (b, i) {
      if (i) li.appendChild(document.createTextNode(', '));
      var a = document.createElement('a');
      a.href = root + 'mots-cles/' + b[2] + '.html';
      a.textContent = b[1];
      li.appendChild(a);
    });
    list.appendChild(li);
  }

  function item(line) {
    var li = document.createElement('li'), a = document.createElement('a');
    a.href = root + line.url;
    a.textContent = line.titre + (line.section ? ' › ' + line.section : '');
    var meta = document.createElement('span');
    meta.className = 'recherche-type';
    meta.textContent = [line.type, line.organisation, line.lieu].filter(Boolean).join(' · ');
    li.appendChild(a);
    li.appendChild(meta);
    var snippet = document.createElement('p');
    snippet.className = 'recherche-extrait';
    line.extrait.forEach(function (part) {
      if (part.mark) {
        var mark = document.createElement('mark');
        mark.textContent = part.text;
        snippet.appendChild(mark);
      } else snippet.appendChild(document.createTextNode(part.text));
    });
    li.appendChild(snippet);
    return li;
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    status.textContent = '';
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', function () { search(false); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) { event.preventDefault(); links()[0].focus(); }
    if (event.key === 'Escape') { input.value = ''; sequence++; close(); showFilters(false); shown(''); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    if (event.key === 'Escape') { event.preventDefault(); input.focus(); sequence++; close(); }
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target, typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
})();
