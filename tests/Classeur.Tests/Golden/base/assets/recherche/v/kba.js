classeurRecherche.recu("v/kba",["base","bas","bassin","bassin"]);
