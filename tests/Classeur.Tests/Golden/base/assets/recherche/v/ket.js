classeurRecherche.recu("v/ket",["études","etud","établir","etabl"]);
