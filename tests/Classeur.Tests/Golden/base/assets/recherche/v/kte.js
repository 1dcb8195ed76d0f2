classeurRecherche.recu("v/kte",["territorial","territorial","territoriale","territorial","territoriales","territorial","territoire","territoir","temps","temp"]);
