classeurRecherche.recu("v/kan",["ancrage","ancrag","analyser","analys","animé","anim","année","anne"]);
