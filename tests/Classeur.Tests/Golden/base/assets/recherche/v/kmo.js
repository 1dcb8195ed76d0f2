classeurRecherche.recu("v/kmo",["montre","montr","morbihan","morbihan","mouvement","mouv"]);
