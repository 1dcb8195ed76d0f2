classeurRecherche.recu("f/0-3",[4,1]);
