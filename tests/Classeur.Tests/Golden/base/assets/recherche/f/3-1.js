classeurRecherche.recu("f/3-1",[6,1,1,1]);
