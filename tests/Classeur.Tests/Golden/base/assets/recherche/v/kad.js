classeurRecherche.recu("v/kad",["adresse","adress"]);
