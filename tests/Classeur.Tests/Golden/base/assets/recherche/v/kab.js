classeurRecherche.recu("v/kab",["abord","abord"]);
