classeurRecherche.recu("f/3-0",[0,1,1,1,1,1]);
