classeurRecherche.recu("v/kac",["acteurs","acteur","activités","activit"]);
