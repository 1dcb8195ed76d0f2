classeurRecherche.recu("v/ksc",["schéma","schem"]);
