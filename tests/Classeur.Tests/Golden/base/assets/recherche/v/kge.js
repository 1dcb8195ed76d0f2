classeurRecherche.recu("v/kge",["gestion","gestion"]);
