classeurRecherche.recu("v/kec",["échelle","echel"]);
