classeurRecherche.recu("v/kau",["aussi","auss","autour","autour","autre","autr"]);
