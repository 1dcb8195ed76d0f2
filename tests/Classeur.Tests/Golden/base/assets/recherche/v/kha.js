classeurRecherche.recu("v/kha",["haut","haut","hauts","haut"]);
