classeurRecherche.recu("v/kmu",["mutualisation","mutualis","mutualisations","mutualis","mutualisent","mutualisent","multi","mult"]);
