classeurRecherche.recu("v/kes",["essai","essai"]);
