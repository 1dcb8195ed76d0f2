classeurRecherche.recu("v/krh",["rhin","rhin"]);
