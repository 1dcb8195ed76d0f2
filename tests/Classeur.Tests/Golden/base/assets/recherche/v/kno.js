classeurRecherche.recu("v/kno",["note","not","nord","nord"]);
