classeurRecherche.recu("v/kof",["offre","offre"]);
