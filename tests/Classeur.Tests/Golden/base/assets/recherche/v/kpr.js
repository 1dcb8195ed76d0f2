classeurRecherche.recu("v/kpr",["pratique","pratiqu","premiers","premi","présente","present"]);
