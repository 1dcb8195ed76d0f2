classeurRecherche.recu("f/1-2",[1,3]);
