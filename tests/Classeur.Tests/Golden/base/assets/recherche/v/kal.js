classeurRecherche.recu("v/kal",["alliances","allianc"]);
