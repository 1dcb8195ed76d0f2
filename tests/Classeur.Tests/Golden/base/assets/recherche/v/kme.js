classeurRecherche.recu("v/kme",["méthode","method"]);
