classeurRecherche.recu("v/kdu",["durée","dure"]);
