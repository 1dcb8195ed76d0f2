classeurRecherche.recu("v/ksi",["site","sit","signé","sign"]);
