classeurRecherche.recu("v/kgr",["groupement","group","groupements","group","grand","grand"]);
