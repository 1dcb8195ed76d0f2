classeurRecherche.recu("v/kdo",["document","docu"]);
