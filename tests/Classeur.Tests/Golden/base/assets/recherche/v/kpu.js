classeurRecherche.recu("v/kpu",["publics","public"]);
