classeurRecherche.recu("v/kse",["section","section","services","servic"]);
