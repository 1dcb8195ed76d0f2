classeurRecherche.recu("f/2-2",[5]);
