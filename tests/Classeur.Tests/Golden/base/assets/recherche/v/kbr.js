classeurRecherche.recu("v/kbr",["bref","bref","bretagne","bretagn","bretonnes","breton"]);
