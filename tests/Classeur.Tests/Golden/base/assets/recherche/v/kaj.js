classeurRecherche.recu("v/kaj",["ajoute","ajout"]);
