classeurRecherche.recu("f/2-1",[8]);
