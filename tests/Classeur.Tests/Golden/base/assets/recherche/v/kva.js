classeurRecherche.recu("v/kva",["valorisation","valoris"]);
