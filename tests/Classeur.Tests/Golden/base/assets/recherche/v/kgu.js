classeurRecherche.recu("v/kgu",["guide","guid"]);
