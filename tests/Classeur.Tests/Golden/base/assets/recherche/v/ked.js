classeurRecherche.recu("v/ked",["édito","edito"]);
