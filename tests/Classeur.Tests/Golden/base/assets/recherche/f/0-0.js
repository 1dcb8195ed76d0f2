classeurRecherche.recu("f/0-0",[0]);
