/*
 * The French pipeline of Classeur's search, shared by the site (after lunr.js, lunr.stemmer.support.js
 * and lunr.fr.js) and by the compatibility test in Node (require it, call it with lunr).
 * lunr-languages' French pipeline (trimmer, stop words, accent folding, Snowball stemmer), plus
 * elision, which lunr-languages lacks: « l'insertion » is indexed and searched as « insertion ».
 * Generator/Classeur/Search/FrenchPipeline.cs does the same in C#; the order of functions matters.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    factory(root.lunr);
  }
}(this, function (lunr) {
  'use strict';
  var elided = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['\u2019](?=.)/;

  lunr.fr.elisionTerm = function (term) {
    return term.replace(elided, '');
  };
  lunr.fr.elision = function (token) {
    return token.update(lunr.fr.elisionTerm);
  };
  lunr.Pipeline.registerFunction(lunr.fr.elision, 'elision-fr');

  /* A builder plugin: use(lunr.classeurFr) instead of use(lunr.fr). */
  lunr.classeurFr = function () {
    this.pipeline.reset();
    this.pipeline.add(lunr.fr.trimmer, lunr.fr.elision, lunr.fr.stopWordFilter, lunr.fr.accentFold, lunr.fr.stemmer);
    this.searchPipeline.reset();
    this.searchPipeline.add(lunr.fr.trimmer, lunr.fr.elision, lunr.fr.accentFold, lunr.fr.stemmer);
  };
  return lunr;
}));
