classeurRecherche.recu("v/ksy",["système","system"]);
