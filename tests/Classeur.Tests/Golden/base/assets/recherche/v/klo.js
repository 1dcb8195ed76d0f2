classeurRecherche.recu("v/klo",["logique","logiqu","logiques","logiqu"]);
