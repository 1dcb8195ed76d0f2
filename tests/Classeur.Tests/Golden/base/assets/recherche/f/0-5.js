classeurRecherche.recu("f/0-5",[7,1,1]);
