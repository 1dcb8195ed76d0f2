classeurRecherche.recu("v/kob",["objectif","object"]);
