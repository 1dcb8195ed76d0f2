classeurRecherche.recu("v/kfi",["fiche","fich"]);
