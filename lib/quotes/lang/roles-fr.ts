/**
 * French role and title words: titles before a name ("la porte-parole du gouvernement, Camille Ferrandi",
 * "l’hydrogéologue Anne Sarda") and heads of descriptions ("le prévenu", "la sélectionneuse"). Lower case,
 * masculine and feminine forms, honorifics without the dot.
 */

export const FR_ROLE_WORDS: readonly string[] = ['président', 'présidente', 'vice-président', 'vice-présidente',
  'ministre', 'premier', 'première', 'porte-parole', 'maire', 'mairesse', 'adjoint', 'adjointe', 'directeur', 'directrice',
  'secrétaire', 'député', 'députée', 'sénateur', 'sénatrice', 'préfet', 'préfète', 'conseiller', 'conseillère',
  'chef', 'cheffe', 'responsable', 'dirigeant', 'dirigeante', 'patron', 'patronne', 'pdg', 'fondateur', 'fondatrice',
  'gérant', 'gérante', 'propriétaire', 'procureur', 'procureure', 'avocat', 'avocate', 'juge', 'magistrat',
  'magistrate', 'prévenu', 'prévenue', 'accusé', 'accusée', 'victime', 'témoin', 'commissaire', 'inspecteur',
  'inspectrice', 'policier', 'policière', 'gendarme', 'pompier', 'capitaine', 'entraîneur', 'entraîneuse',
  'sélectionneur', 'sélectionneuse', 'joueur', 'joueuse', 'gardien', 'gardienne', 'attaquant', 'attaquante',
  'chercheur', 'chercheuse', 'professeur', 'professeure', 'médecin', 'docteur', 'infirmier', 'infirmière',
  'économiste', 'analyste', 'expert', 'experte', 'hydrogéologue', 'climatologue', 'épidémiologiste', 'sociologue',
  'historien', 'historienne', 'syndicaliste', 'délégué', 'déléguée', 'échevin', 'échevine', 'bourgmestre',
  'ambassadeur', 'ambassadrice', 'diplomate', 'général', 'colonel', 'lieutenant', 'commandant', 'élu', 'élue',
  'habitant', 'habitante', 'riverain', 'riveraine', 'agriculteur', 'agricultrice', 'arboriculteur', 'éleveur',
  'éleveuse', 'pêcheur', 'viticulteur', 'enseignant', 'enseignante', 'écrivain', 'écrivaine', 'auteur', 'autrice',
  'romancier', 'romancière', 'réalisateur', 'réalisatrice', 'cinéaste', 'chanteur', 'chanteuse', 'acteur', 'actrice',
  'libraire', 'bouquiniste', 'doyen', 'doyenne', 'roi', 'reine', 'prince', 'princesse', 'pape', 'évêque',
  'cardinal', 'rabbin', 'imam', 'curé', 'militant', 'militante', 'candidat', 'candidate', 'opposant', 'opposante',
  'm', 'mme', 'mlle', 'me', 'dr', 'pr', 'monsieur', 'madame', 'mademoiselle', 'maître', 'père', 'mère', 'fille',
  'fils', 'veuve', 'veuf', 'frère', 'sœur', 'journaliste', 'correspondant', 'correspondante', 'employé',
  'employée', 'salarié', 'salariée', 'ouvrier', 'ouvrière', 'commerçant', 'commerçante', 'automobiliste', 'cycliste',
  'trésorier', 'trésorière', 'coordinateur', 'coordinatrice', 'coordonnateur', 'coordonnatrice', 'administrateur',
  'administratrice', 'chroniqueur', 'chroniqueuse', 'ingénieur', 'ingénieure', 'architecte', 'pharmacien',
  'pharmacienne', 'urgentiste', 'chirurgien', 'chirurgienne', 'conseiller municipal', 'présidente du groupe'];

export const FR_FEMALE_ROLES: readonly string[] = ['mme', 'madame', 'mlle', 'mademoiselle', 'présidente', 'vice-présidente',
  'mairesse', 'adjointe', 'directrice', 'députée', 'sénatrice', 'préfète', 'conseillère', 'cheffe', 'dirigeante',
  'patronne', 'fondatrice', 'gérante', 'procureure', 'avocate', 'magistrate', 'prévenue', 'accusée', 'inspectrice',
  'policière', 'entraîneuse', 'sélectionneuse', 'joueuse', 'gardienne', 'attaquante', 'chercheuse', 'professeure',
  'infirmière', 'experte', 'historienne', 'déléguée', 'échevine', 'ambassadrice', 'élue', 'habitante', 'riveraine',
  'agricultrice', 'éleveuse', 'enseignante', 'écrivaine', 'autrice', 'romancière', 'réalisatrice', 'chanteuse',
  'actrice', 'doyenne', 'reine', 'princesse', 'militante', 'candidate', 'opposante', 'mère', 'fille', 'veuve', 'sœur',
  'correspondante', 'employée', 'salariée', 'ouvrière', 'commerçante', 'trésorière', 'coordinatrice', 'première',
  'coordonnatrice', 'administratrice', 'chroniqueuse', 'ingénieure', 'pharmacienne', 'chirurgienne'];

export const FR_MALE_ROLES: readonly string[] = ['m', 'monsieur', 'président', 'vice-président', 'adjoint', 'directeur',
  'député', 'sénateur', 'préfet', 'conseiller', 'dirigeant', 'patron', 'fondateur', 'gérant', 'procureur', 'avocat',
  'prévenu', 'accusé', 'inspecteur', 'policier', 'entraîneur', 'sélectionneur', 'joueur', 'gardien', 'chercheur',
  'infirmier', 'historien', 'délégué', 'échevin', 'ambassadeur', 'élu', 'habitant', 'agriculteur', 'éleveur',
  'enseignant', 'romancier', 'réalisateur', 'chanteur', 'acteur', 'doyen', 'roi', 'prince', 'pape', 'militant',
  'candidat', 'père', 'fils', 'veuf', 'frère', 'premier'];

/** Endings of French agent and office nouns: a lower-case word before a full name is a title ("l’arboriculteur"). */
export const FR_TITLE_SUFFIXES: readonly string[] = ['eur', 'euse', 'rice', 'logue', 'iste', 'ien', 'ienne', 'aire',
  'ent', 'ente', 'ant', 'ante', 'ier', 'ière'];
