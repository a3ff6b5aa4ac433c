/**
 * Common French and Spanish given names by gender (lower case), added to the shared lists for the French and
 * Spanish tables: a gender hint for "elle"/"il" and for keeping a given name from being read as a title.
 */
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names';

const FR_ES_FEMALE = ['camille', 'nathalie', 'léa', 'lea', 'catherine', 'anne', 'hélène', 'helene', 'gaëlle',
  'gaelle', 'laurence', 'corinne', 'manon', 'isabelle', 'sophie', 'marie', 'claire', 'sylvie', 'valérie', 'valerie',
  'christine', 'françoise', 'francoise', 'martine', 'brigitte', 'monique', 'nicole', 'céline', 'celine', 'aurélie',
  'aurelie', 'émilie', 'emilie', 'julie', 'élodie', 'elodie', 'chloé', 'chloe', 'inès', 'ines', 'noémie', 'noemie',
  'mathilde', 'juliette', 'élise', 'elise', 'agnès', 'agnes', 'véronique', 'veronique', 'dominique', 'pascale',
  'sandrine', 'stéphanie', 'stephanie', 'virginie', 'géraldine', 'amélie', 'margaux', 'pauline', 'lucie', 'ségolène',
  'rachida', 'najat', 'anne-marie', 'marie-claude', 'marie-hélène', 'geneviève', 'josée', 'nadia', 'samia', 'fatou',
  'aminata', 'aïssata', 'mariam', 'clara', 'montserrat', 'carmen', 'pilar', 'lucía', 'lucia', 'silvia', 'rocío',
  'rocio', 'inés', 'lola', 'norma', 'marta', 'cristina', 'patricia', 'beatriz', 'raquel', 'rosa', 'teresa',
  'dolores', 'mercedes', 'elena', 'laura', 'paula', 'sara', 'andrea', 'ana', 'isabel', 'irene', 'nuria', 'begoña',
  'ainhoa', 'itziar', 'yolanda', 'verónica', 'gabriela', 'valentina', 'florencia', 'camila', 'mariana', 'fernanda',
  'guadalupe', 'alejandra', 'daniela', 'natalia', 'adriana', 'claudia', 'victoria', 'soledad', 'consuelo',
  'esperanza', 'amparo', 'montse', 'mireia', 'núria', 'inmaculada', 'macarena', 'ximena', 'yesenia'];

const FR_ES_MALE = ['joseph', 'jordi', 'hugo', 'kevin', 'alain', 'thomas', 'bernard', 'francis', 'laurent', 'marc',
  'marc-andré', 'samuel', 'raymond', 'théo', 'theo', 'jean', 'jean-pierre', 'jean-baptiste', 'jean-luc',
  'jean-marc', 'jean-claude', 'jean-michel', 'jean-françois', 'pierre', 'jacques', 'michel', 'philippe', 'alain',
  'patrick', 'nicolas', 'christophe', 'stéphane', 'stephane', 'sébastien', 'sebastien', 'olivier', 'julien',
  'guillaume', 'mathieu', 'matthieu', 'antoine', 'françois', 'francois', 'frédéric', 'frederic', 'gérard', 'gerard',
  'didier', 'thierry', 'éric', 'yves', 'benoît', 'benoit', 'rémi', 'remi', 'arnaud', 'bruno', 'damien', 'emmanuel',
  'édouard', 'gabriel', 'gaël', 'lucas', 'louis', 'mathis', 'maxime', 'romain', 'vincent', 'xavier', 'yannick',
  'ousmane', 'mamadou', 'moussa', 'karim', 'mehdi', 'rachid', 'raúl', 'raul', 'sergio', 'rafael', 'miguel',
  'ángel', 'fernando', 'enrique', 'manuel', 'martín', 'martin', 'gustavo', 'tomás', 'tomas', 'joan', 'josé', 'jose',
  'juan', 'carlos', 'luis', 'antonio', 'francisco', 'javier', 'jesús', 'alejandro', 'alberto', 'álvaro', 'alvaro',
  'andrés', 'andres', 'diego', 'pablo', 'pedro', 'jorge', 'ramón', 'ramon', 'rubén', 'ruben', 'óscar', 'iñaki',
  'iñigo', 'xavier', 'xabier', 'gonzalo', 'ignacio', 'jaime', 'joaquín', 'lorenzo', 'mariano', 'nicolás', 'ricardo',
  'roberto', 'salvador', 'santiago', 'víctor', 'esteban', 'emilio', 'felipe', 'gregorio', 'horacio', 'julio',
  'leonardo', 'marcelo', 'mauricio', 'rodrigo', 'sebastián', 'agustín', 'facundo', 'matías', 'ezequiel', 'hernán',
  'alfonso', 'arturo', 'césar', 'cesar', 'eduardo', 'guillermo', 'héctor', 'hugo', 'ernesto', 'armando', 'ulises'];

export const ROMANCE_FEMALE_NAMES: readonly string[] = [...new Set([...FEMALE_GIVEN_NAMES, ...FR_ES_FEMALE])];
// "Andrea" and "Dominique" are on both lists: gender unknown, as the shared lists intend.
export const ROMANCE_MALE_NAMES: readonly string[] = [...new Set([...MALE_GIVEN_NAMES, ...FR_ES_MALE, 'dominique'])];
