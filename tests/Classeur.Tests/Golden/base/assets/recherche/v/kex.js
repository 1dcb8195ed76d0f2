classeurRecherche.recu("v/kex",["extraits","extrait","expérience","experient"]);
