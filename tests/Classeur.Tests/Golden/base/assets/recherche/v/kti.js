classeurRecherche.recu("v/kti",["tient","tient"]);
