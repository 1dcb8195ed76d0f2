classeurRecherche.recu("f/1-1",[0,2,1,1,2,1,1]);
