classeurRecherche.recu("v/kch",["chapitre","chapitr","chantiers","chanti"]);
