classeurRecherche.recu("v/kne",["négliger","neglig"]);
