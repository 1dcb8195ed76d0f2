/*
 * The French pipeline of Classeur's search, shared by the site (after lunr.js, lunr.stemmer.support.js
 * and lunr.fr.js, of which only the pipeline functions are used) and by the tests in Node (require it,
 * call it with lunr). lunr-languages' French pipeline (trimmer, stop words, accent folding, Snowball
 * stemmer), plus elision, which lunr-languages lacks (« l'insertion » is indexed and searched as
 * « insertion »), and words of three letters or fewer kept whole (« GES » is not « GE »).
 * generator/Classeur/Search/FrenchPipeline.cs does the same in C#; the order of functions matters.
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
  var shortestStemmed = 4;

  lunr.fr.elisionTerm = function (term) {
    return term.replace(elided, '');
  };
  lunr.fr.elision = function (token) {
    return token.update(lunr.fr.elisionTerm);
  };
  lunr.Pipeline.registerFunction(lunr.fr.elision, 'elision-fr');

  /* lunr.fr.stemmer, but a short word stays whole. */
  lunr.fr.stemmerLong = function (token) {
    return token.toString().length < shortestStemmed ? token : lunr.fr.stemmer(token);
  };
  lunr.Pipeline.registerFunction(lunr.fr.stemmerLong, 'stemmer-long-fr');

  /* A builder plugin: use(lunr.classeurFr) instead of use(lunr.fr). */
  lunr.classeurFr = function () {
    this.pipeline.reset();
    this.pipeline.add(lunr.fr.trimmer, lunr.fr.elision, lunr.fr.stopWordFilter, lunr.fr.accentFold, lunr.fr.stemmerLong);
    this.searchPipeline.reset();
    this.searchPipeline.add(lunr.fr.trimmer, lunr.fr.elision, lunr.fr.accentFold, lunr.fr.stemmerLong);
  };

  function run(word, functions) {
    var token = new lunr.Token(word.toLowerCase(), {});
    for (var i = 0; i < functions.length && token !== undefined; i++) token = functions[i](token);
    return token === undefined ? null : token.toString();
  }

  /* One word as the index holds it (null for a stop word), and as a query looks it up (stop words kept). */
  lunr.classeurFr.indexTerm = function (word) {
    return run(word, [lunr.fr.trimmer, lunr.fr.elision, lunr.fr.stopWordFilter, lunr.fr.accentFold, lunr.fr.stemmerLong]);
  };
  lunr.classeurFr.searchTerm = function (word) {
    return run(word, [lunr.fr.trimmer, lunr.fr.elision, lunr.fr.accentFold, lunr.fr.stemmerLong]);
  };
  return lunr;
}));
