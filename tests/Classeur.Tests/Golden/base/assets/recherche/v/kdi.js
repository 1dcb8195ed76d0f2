classeurRecherche.recu("v/kdi",["diagnostic","diagnostic"]);
