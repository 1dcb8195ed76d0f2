classeurRecherche.recu("v/ken",["entreprises","entrepris","entre","entre","entrepreneurs","entrepreneur"]);
