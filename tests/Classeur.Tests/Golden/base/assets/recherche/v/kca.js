classeurRecherche.recu("v/kca",["cambrésis","cambres"]);
