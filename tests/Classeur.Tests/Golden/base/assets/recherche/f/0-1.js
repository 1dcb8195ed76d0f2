classeurRecherche.recu("f/0-1",[1,1]);
