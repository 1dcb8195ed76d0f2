classeurRecherche.recu("v/kvo",["voir","voir"]);
