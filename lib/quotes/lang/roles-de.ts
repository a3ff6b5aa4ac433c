/**
 * German role and title words: titles before a name ("Landrat Peter Haas", "Polizeihauptkommissar Jens Kahl")
 * and heads of descriptions ("die Sprecherin sagte"). Compounds are caught by the suffixes.
 */

export const DE_ROLE_WORDS: readonly string[] = ['präsident', 'präsidentin', 'minister', 'ministerin', 'kanzler',
  'kanzlerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'bürgermeister',
  'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'direktor', 'direktorin', 'leiter', 'leiterin',
  'professor', 'professorin', 'prof', 'dr', 'trainer', 'trainerin', 'virologe', 'virologin', 'experte',
  'expertin', 'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'richter', 'richterin', 'abgeordnete',
  'abgeordneter', 'staatssekretär', 'staatssekretärin', 'botschafter', 'botschafterin', 'regisseurin',
  'regisseur', 'herr', 'frau', 'landrat', 'landrätin', 'stadträtin', 'obfrau', 'obmann', 'senator', 'senatorin',
  'ministerpräsident', 'ministerpräsidentin', 'bundeskanzler', 'bundeskanzlerin', 'dezernent', 'dezernentin',
  'beigeordnete', 'beigeordneter', 'pfarrer', 'pfarrerin', 'bischof', 'bischöfin', 'kardinal', 'papst',
  'general', 'generalin', 'oberst', 'major', 'hauptmann', 'leutnant', 'feldwebel', 'kommissar', 'kommissarin',
  'polizeisprecher', 'polizeisprecherin', 'staatsanwalt', 'staatsanwältin', 'oberstaatsanwalt',
  'oberstaatsanwältin', 'arzt', 'ärztin', 'chefarzt', 'chefärztin', 'pfleger', 'pflegerin', 'lehrer',
  'lehrerin', 'schulleiter', 'schulleiterin', 'rektor', 'rektorin', 'dekan', 'dekanin', 'forscher',
  'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'ökonom', 'ökonomin', 'analyst', 'analystin',
  'journalist', 'journalistin', 'autor', 'autorin', 'schriftsteller', 'schriftstellerin', 'sänger',
  'sängerin', 'schauspieler', 'schauspielerin', 'künstler', 'künstlerin', 'fußballer', 'fussballer',
  'spieler', 'spielerin', 'stürmer', 'stürmerin', 'torhüter', 'torhüterin', 'kapitän', 'kapitänin',
  'unternehmer', 'unternehmerin', 'gründer', 'gründerin', 'geschäftsführer', 'geschäftsführerin',
  'manager', 'managerin', 'inhaber', 'inhaberin', 'landwirt', 'landwirtin', 'bäuerin', 'aktivist',
  'aktivistin', 'gewerkschafter', 'gewerkschafterin', 'fraktionschef',
  'fraktionschefin', 'parteichef', 'parteichefin', 'könig', 'königin', 'prinz', 'prinzessin', 'mutter', 'vater',
  'bewohner', 'bewohnerin', 'anwohner', 'anwohnerin', 'zeuge', 'zeugin'];

export const DE_ROLE_SUFFIXES: readonly string[] = ['präsident', 'präsidentin', 'minister', 'ministerin',
  'kanzler', 'kanzlerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'meister', 'meisterin', 'leiter',
  'leiterin', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'loge', 'login', 'experte', 'expertin',
  'trainer', 'trainerin', 'botschafter', 'botschafterin', 'sekretär', 'sekretärin', 'kommissar', 'kommissarin',
  'anwalt', 'anwältin', 'arzt', 'ärztin', 'führer', 'führerin', 'rätin', 'spieler', 'spielerin', 'sportler',
  'sportlerin', 'fahrer', 'fahrerin', 'läufer', 'läuferin', 'beauftragte', 'beauftragter', 'vertreter', 'vertreterin',
  'politiker', 'politikerin', 'forscher', 'forscherin', 'sprecher', 'wart', 'wartin'];

/** Female role words and the feminine ending "-in" (Sprecherin), and male ones, as gender hints. */
export const DE_FEMALE_ROLES: readonly string[] = ['frau', 'mutter', 'königin', 'prinzessin', 'tochter', 'witwe'];
export const DE_MALE_ROLES: readonly string[] = ['herr', 'vater', 'könig', 'prinz', 'sohn', 'papst', 'bischof'];

/** Endings of agent and office nouns: a capitalised word before a full name is a title ("Landrat Peter Haas"). */
export const DE_TITLE_SUFFIXES: readonly string[] = ['er', 'in', 'rat', 'leiter', 'ent', 'or', 'ist', 'eur', 'tor',
  'ant', 'at', 'ef', 'loge', 'ot', 'wart', 'walt'];
