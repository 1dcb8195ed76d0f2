classeurRecherche.recu("f/2-0",[4,3,2]);
