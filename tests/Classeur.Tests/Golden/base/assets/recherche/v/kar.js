classeurRecherche.recu("v/kar",["armor","armor"]);
