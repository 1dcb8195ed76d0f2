classeurRecherche.recu("v/kap",["appuie","appui"]);
