classeurRecherche.recu("v/kss",["ssap","ssap"]);
