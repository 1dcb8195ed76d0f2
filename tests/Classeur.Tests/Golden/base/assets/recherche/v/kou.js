classeurRecherche.recu("v/kou",["ouvrage","ouvrag","ouverture","ouvertur"]);
