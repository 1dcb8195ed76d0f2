classeurRecherche.recu("v/kpe",["permis","perm"]);
