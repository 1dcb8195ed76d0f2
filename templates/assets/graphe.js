// The graphs: hovering or focusing a fiche lights its edges and its neighbours, and dims the rest.
// Without script the drawing stays whole and every box is still a link.
(function () {
  'use strict';
  function light(svg, id) {
    svg.classList.toggle('graphe-actif', !!id);
    var neighbours = {};
    svg.querySelectorAll('.graphe-lien').forEach(function (edge) {
      var on = !!id && (edge.getAttribute('data-de') === id || edge.getAttribute('data-vers') === id);
      edge.classList.toggle('graphe-lien-actif', on);
      if (on) { neighbours[edge.getAttribute('data-de')] = true; neighbours[edge.getAttribute('data-vers')] = true; }
    });
    svg.querySelectorAll('a[data-fiche]').forEach(function (node) {
      node.classList.toggle('graphe-voisin', !!neighbours[node.getAttribute('data-fiche')]);
    });
  }
  document.querySelectorAll('svg.graphe-manuel, svg.graphe-voisinage').forEach(function (svg) {
    function from(event) {
      var node = event.target.closest && event.target.closest('a[data-fiche]');
      return node ? node.getAttribute('data-fiche') : null;
    }
    svg.addEventListener('pointerover', function (event) { light(svg, from(event)); });
    svg.addEventListener('pointerleave', function () { light(svg, null); });
    svg.addEventListener('focusin', function (event) { light(svg, from(event)); });
    svg.addEventListener('focusout', function () { light(svg, null); });
  });
})();
