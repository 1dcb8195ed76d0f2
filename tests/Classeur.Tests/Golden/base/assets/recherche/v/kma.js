classeurRecherche.recu("v/kma",["maison","maison"]);
