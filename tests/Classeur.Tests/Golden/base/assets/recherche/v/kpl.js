classeurRecherche.recu("v/kpl",["plan","plan","plusieurs","plusieur"]);
