classeurRecherche.recu("v/kin",["inscription","inscript","internationale","international"]);
