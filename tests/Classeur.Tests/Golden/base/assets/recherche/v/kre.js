classeurRecherche.recu("v/kre",["réhabilité","rehabilit","reste","rest","résumé","resum","réunit","reun","renvoie","renvoi"]);
