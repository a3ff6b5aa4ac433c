/**
 * Spanish role and title words: titles before a name ("la ministra de Vivienda, Inés Carbonell", "el fiscal
 * Martín Echagüe") and heads of descriptions ("el consejero", "el jugador"). Lower case, both genders.
 */

export const ES_ROLE_WORDS: readonly string[] = ['presidente', 'presidenta', 'vicepresidente', 'vicepresidenta',
  'ministro', 'ministra', 'portavoz', 'alcalde', 'alcaldesa', 'intendente', 'exintendente', 'gobernador',
  'gobernadora', 'director', 'directora', 'secretario', 'secretaria', 'diputado', 'diputada', 'senador', 'senadora',
  'consejero', 'consejera', 'conseller', 'consellera', 'concejal', 'concejala', 'delegado', 'delegada', 'jefe', 'jefa',
  'responsable', 'titular', 'dirigente', 'líder', 'fundador', 'fundadora', 'gerente', 'propietario', 'propietaria',
  'empresario', 'empresaria', 'fiscal', 'abogado', 'abogada', 'juez', 'jueza', 'magistrado', 'magistrada',
  'acusado', 'acusada', 'detenido', 'detenida', 'víctima', 'testigo', 'comisario', 'comisaria', 'inspector',
  'inspectora', 'policía', 'agente', 'bombero', 'capitán', 'capitana', 'entrenador', 'entrenadora', 'seleccionador',
  'seleccionadora', 'jugador', 'jugadora', 'portero', 'portera', 'delantero', 'delantera', 'investigador',
  'investigadora', 'profesor', 'profesora', 'médico', 'médica', 'doctor', 'doctora', 'enfermero', 'enfermera',
  'economista', 'analista', 'experto', 'experta', 'sindicalista', 'embajador', 'embajadora', 'diplomático',
  'diplomática', 'general', 'coronel', 'teniente', 'comandante', 'vecino', 'vecina', 'agricultor', 'agricultora',
  'pescador', 'pescadora', 'puestero', 'puestera', 'escritor', 'escritora', 'autor', 'autora', 'novelista', 'editor',
  'editora', 'cineasta', 'cantante', 'actor', 'actriz', 'rey', 'reina', 'príncipe', 'princesa', 'papa', 'obispo',
  'cardenal', 'sacerdote', 'activista', 'candidato', 'candidata', 'periodista', 'corresponsal', 'trabajador',
  'trabajadora', 'empleado', 'empleada', 'comerciante', 'defensor', 'defensora', 'tesorero', 'tesorera',
  'coordinador', 'coordinadora', 'ingeniero', 'ingeniera', 'arquitecto', 'arquitecta', 'farmacéutico',
  'farmacéutica', 'sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'señor', 'señora', 'padre', 'madre', 'hijo', 'hija',
  'viuda', 'viudo', 'hermano', 'hermana', 'funcionario', 'funcionaria', 'exministro', 'exministra', 'expresidente',
  'expresidenta', 'exalcalde', 'exalcaldesa', 'exempleado', 'exempleada', 'conseller', 'consejera delegada'];

export const ES_FEMALE_ROLES: readonly string[] = ['presidenta', 'vicepresidenta', 'ministra', 'alcaldesa',
  'gobernadora', 'directora', 'secretaria', 'diputada', 'senadora', 'consejera', 'consellera', 'concejala', 'delegada',
  'jefa', 'fundadora', 'propietaria', 'empresaria', 'abogada', 'jueza', 'magistrada', 'acusada', 'detenida',
  'comisaria', 'inspectora', 'capitana', 'entrenadora', 'seleccionadora', 'jugadora', 'portera', 'delantera',
  'investigadora', 'profesora', 'médica', 'doctora', 'enfermera', 'experta', 'embajadora', 'diplomática', 'vecina',
  'agricultora', 'pescadora', 'puestera', 'escritora', 'autora', 'editora', 'actriz', 'reina', 'princesa',
  'candidata', 'trabajadora', 'empleada', 'defensora', 'tesorera', 'coordinadora', 'ingeniera', 'arquitecta',
  'farmacéutica', 'sra', 'srta', 'doña', 'dra', 'señora', 'madre', 'hija', 'viuda', 'hermana', 'funcionaria',
  'exministra', 'expresidenta', 'exalcaldesa', 'exempleada'];

export const ES_MALE_ROLES: readonly string[] = ['presidente', 'vicepresidente', 'ministro', 'alcalde', 'intendente',
  'exintendente', 'gobernador', 'director', 'secretario', 'diputado', 'senador', 'consejero', 'concejal', 'delegado',
  'jefe', 'fundador', 'propietario', 'empresario', 'abogado', 'juez', 'magistrado', 'acusado', 'detenido',
  'comisario', 'inspector', 'capitán', 'entrenador', 'seleccionador', 'jugador', 'portero', 'delantero',
  'investigador', 'profesor', 'médico', 'doctor', 'enfermero', 'experto', 'embajador', 'diplomático', 'vecino',
  'agricultor', 'pescador', 'puestero', 'escritor', 'autor', 'editor', 'actor', 'rey', 'príncipe', 'papa', 'obispo',
  'candidato', 'trabajador', 'empleado', 'defensor', 'sr', 'don', 'señor', 'padre', 'hijo', 'viudo', 'hermano',
  'funcionario', 'exministro', 'expresidente', 'exalcalde'];

/** Endings of Spanish agent and office nouns. */
export const ES_TITLE_SUFFIXES: readonly string[] = ['dor', 'dora', 'ista', 'ente', 'enta', 'ero', 'era', 'ario',
  'aria', 'ico', 'ica', 'tor', 'tora', 'ogo', 'oga'];
