classeurRecherche.recu("v/kfa",["faire","fair"]);
