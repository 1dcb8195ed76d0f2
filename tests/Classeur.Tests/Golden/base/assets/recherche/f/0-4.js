classeurRecherche.recu("f/0-4",[6]);
