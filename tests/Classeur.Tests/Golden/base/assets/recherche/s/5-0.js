classeurRecherche.recu("s/5-0",{"m":["fiches/iii-2.html","Offre multi services et multi publics","Expérience","SMS & SSAP","Cambrésis, Nord"],"d":[0,"","",""]});
