classeurRecherche.recu("v/kem",["employeurs","employeur","emploi","emploi","emplois","emplois"]);
