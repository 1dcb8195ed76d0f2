classeurRecherche.recu("f/1-0",[2,3,1,1,2]);
