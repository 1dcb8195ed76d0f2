classeurRecherche.recu("f/0-2",[3]);
