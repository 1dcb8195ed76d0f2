classeurRecherche.recu("v/kpo",["portage","portag"]);
