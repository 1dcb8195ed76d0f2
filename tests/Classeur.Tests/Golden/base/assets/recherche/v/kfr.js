classeurRecherche.recu("v/kfr",["france","franc"]);
