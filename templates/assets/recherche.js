/*
 * The search box of every page. Nothing is loaded until the box is first focused: then lunr.js,
 * lunr-languages' French support, Classeur's pipeline and the index Classeur built (recherche-index.js)
 * are added as scripts, which also works from file://. Results are built with DOM calls, never HTML strings.
 * Keyboard: « / » focuses the box, arrows move through results, Entrée opens one, Échap closes.
 * Filters: one labelled drop-down list per facet the index lists (« filtres »), built generically; each
 * fiche record carries, per facet, the positions of its values. A filter alone lists the fiches it keeps.
 */
(function () {
  'use strict';
  var box = document.querySelector('.recherche');
  if (!box) return;
  var input = document.getElementById('recherche-champ');
  var status = document.getElementById('recherche-etat');
  var list = document.getElementById('recherche-resultats');
  var root = box.getAttribute('data-racine') || '';
  var scripts = ['lunr/lunr.min.js', 'lunr/lunr.stemmer.support.min.js', 'lunr/lunr.fr.min.js', 'recherche-pipeline.js', 'recherche-index.js'];
  var index = null, records = {}, sectionsOf = {}, fiches = [], filters = [], loading = false, pending = null;

  function load() {
    if (loading) return;
    loading = true;
    status.textContent = box.getAttribute('data-chargement');
    (function next(i) {
      if (i === scripts.length) return ready();
      var script = document.createElement('script');
      script.src = root + 'assets/' + scripts[i];
      script.onload = function () { next(i + 1); };
      document.head.appendChild(script);
    })(0);
  }

  function ready() {
    var data = window.classeurRecherche;
    index = window.lunr.Index.load(data.index);
    data.documents.forEach(function (d) {
      records[d.r] = d;
      var fiche = d.r.split('#')[0];
      if (d.s) (sectionsOf[fiche] = sectionsOf[fiche] || []).push(d);
      else fiches.push(d.r);
    });
    buildFilters(data);
    status.textContent = '';
    if (pending !== null || input.value) search(input.value);
  }

  function buildFilters(data) {
    if (!data.filtres || !data.filtres.length) return;
    var fieldset = document.createElement('fieldset'), legend = document.createElement('legend');
    fieldset.className = 'recherche-filtres';
    legend.textContent = data.filtresLegende;
    fieldset.appendChild(legend);
    data.filtres.forEach(function (facet) {
      var field = document.createElement('div'), label = document.createElement('label'), select = document.createElement('select');
      field.className = 'recherche-filtre';
      select.id = 'recherche-filtre-' + facet.n;
      select.setAttribute('aria-controls', 'recherche-resultats');
      label.htmlFor = select.id;
      label.textContent = facet.l;
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
      select.addEventListener('change', function () { search(input.value); });
      field.appendChild(label);
      field.appendChild(select);
      fieldset.appendChild(field);
      filters.push(select);
    });
    box.insertBefore(fieldset, status);
  }

  function filtering() { return filters.some(function (s) { return s.value !== ''; }); }

  /* A result is kept when, for every chosen filter, its fiche takes the chosen value. */
  function kept(ref) {
    var record = records[ref.split('#')[0]];
    return filters.every(function (select, i) {
      return select.value === '' || (record && record.f && record.f[i].indexOf(Number(select.value)) >= 0);
    });
  }

  function stem(word) {
    var terms = index.pipeline.run([new window.lunr.Token(word.toLowerCase(), {})]);
    return terms.length ? terms[0].toString() : '';
  }

  function search(text) {
    pending = text;
    if (!index) return;
    var words = window.lunr.tokenizer(text).map(String).filter(function (w) {
      return w && window.lunr.fr.stopWordFilter(new window.lunr.Token(window.lunr.fr.elisionTerm(w), {})) !== undefined;
    });
    list.replaceChildren();
    if (!words.length && filtering()) {
      show(fiches.map(function (ref) { return { ref: ref, matchData: { metadata: {} } }; }), text);
      return;
    }
    if (!words.length) { list.hidden = true; status.textContent = ''; return; }
    var results = index.query(function (query) {
      words.forEach(function (word, i) {
        var term = stem(word);
        if (term) query.term(term, { usePipeline: false, boost: 10 });
        // The word being typed: also any term that starts like it.
        var prefix = window.lunr.fr.accentFoldTerm(window.lunr.fr.elisionTerm(word.replace(/[^\w\u00C0-\u024F']/g, '')));
        if (i === words.length - 1 && prefix.length > 1) {
          query.term(prefix, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING, boost: 1 });
        }
      });
    });
    show(results, text);
  }

  function show(results, text) {
    var seen = {}, shown = 0;
    results = results.filter(function (result) { return kept(result.ref); });
    results.forEach(function (result) {
      var record = records[result.ref], fiche = result.ref.split('#')[0];
      if (seen[fiche] || shown >= 10) return;
      seen[fiche] = true;
      shown++;
      list.appendChild(item(record, Object.keys(result.matchData.metadata)));
    });
    var count = Object.keys(results.reduce(function (m, r) { m[r.ref.split('#')[0]] = 1; return m; }, {})).length;
    if (count === 0) {
      status.textContent = box.getAttribute('data-aucun').replace('{q}', text);
      suggest(text);
    } else {
      status.textContent = count === 1 ? box.getAttribute('data-un') : box.getAttribute('data-plusieurs').replace('{n}', count);
    }
    list.hidden = list.children.length === 0;
  }

  /* Nearest keywords of the index when nothing matches: those sharing the longest start with a typed word. */
  function suggest(text) {
    var keywords = window.classeurRecherche.motsCles, words = text.toLowerCase().split(/\s+/), best = [];
    Object.keys(keywords).forEach(function (id) {
      var label = window.lunr.fr.accentFoldTerm(keywords[id].toLowerCase()), score = 0;
      words.forEach(function (w) {
        w = window.lunr.fr.accentFoldTerm(w);
        for (var n = w.length; n > 2; n--) if (label.indexOf(w.slice(0, n)) >= 0) { score = Math.max(score, n); break; }
      });
      if (score > 0) best.push([score, keywords[id], id]);
    });
    best.sort(function (a, b) { return b[0] - a[0]; });
    if (!best.length) return;
    var li = document.createElement('li');
    li.className = 'recherche-suggestions';
    li.appendChild(document.createTextNode(box.getAttribute('data-suggestions') + ' '));
    best.slice(0, 3).forEach(function (b, i) {
      if (i) li.appendChild(document.createTextNode(', '));
      var a = document.createElement('a');
      a.href = root + 'mots-cles/' + b[2] + '.html';
      a.textContent = b[1];
      li.appendChild(a);
    });
    list.appendChild(li);
  }

  function item(record, terms) {
    var li = document.createElement('li'), a = document.createElement('a');
    a.href = root + record.u;
    a.textContent = record.t + (record.s ? ' › ' + record.s : '');
    var meta = document.createElement('span');
    meta.className = 'recherche-type';
    meta.textContent = [record.y, record.o, record.l].filter(Boolean).join(' · ');
    li.appendChild(a);
    li.appendChild(meta);
    var text = record.x + (record.s ? '' : ' ' + (sectionsOf[record.r] || []).map(function (s) { return s.x; }).join(' '));
    var snippet = document.createElement('p');
    snippet.className = 'recherche-extrait';
    excerpt(text, terms).forEach(function (part) {
      if (part.mark) {
        var mark = document.createElement('mark');
        mark.textContent = part.text;
        snippet.appendChild(mark);
      } else snippet.appendChild(document.createTextNode(part.text));
    });
    li.appendChild(snippet);
    return li;
  }

  /* About 25 words around the first word whose stem matched, matched words marked. */
  function excerpt(text, terms) {
    var words = text.split(/(\s+)/), wanted = {}, first = -1, parts = [];
    terms.forEach(function (t) { wanted[t] = true; });
    var marks = words.map(function (w, i) {
      var hit = i % 2 === 0 && w && wanted[stem(w)] === true;
      if (hit && first < 0) first = i;
      return hit;
    });
    var start = Math.max(0, (first < 0 ? 0 : first) - 16), end = Math.min(words.length, start + 50);
    if (start > 0) parts.push({ text: '… ' });
    for (var i = start; i < end; i++) parts.push({ text: words[i], mark: marks[i] });
    if (end < words.length) parts.push({ text: ' …' });
    return parts;
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    status.textContent = '';
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', function () { search(input.value); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) { event.preventDefault(); links()[0].focus(); }
    if (event.key === 'Escape') { input.value = ''; close(); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    if (event.key === 'Escape') { event.preventDefault(); input.focus(); close(); }
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target, typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
})();
