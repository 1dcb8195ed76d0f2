classeurRecherche.recu("v/kde",["démarche","demarch","deuxième","deuxiem"]);
