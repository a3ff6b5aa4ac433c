/**
 * English role and title words: what can stand before a name as a title ("Footballer Diego Arana", "Sgt. Paula
 * Green") or head a description ("the striker said"). Political titles, military and police ranks, clergy,
 * nobility, honorifics and common newsworthy occupations. Lower case, abbreviations without the dot.
 */

const POLITICAL = ['president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'governor',
  'mayor', 'senator', 'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'gov', 'lawmaker',
  'legislator', 'mp', 'mep', 'msp', 'cllr', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  'commissioner', 'ambassador', 'envoy', 'diplomat', 'consul', 'attaché', 'delegate', 'speaker', 'whip',
  'president-elect', 'deputy', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'aide',
  'adviser', 'advisor', 'candidate', 'nominee', 'incumbent', 'chief', 'head', 'leader', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'treasurer', 'comptroller', 'auditor', 'ombudsman', 'regulator', 'magistrate',
  'judge', 'justice', 'prosecutor', 'attorney', 'counsel', 'solicitor', 'barrister', 'lawyer', 'clerk', 'sheriff',
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'lord', 'lady', 'dame',
  'sir', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'crown'];

const MILITARY_POLICE = ['general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain',
  'capt', 'cpt', 'sergeant', 'sgt', 'corporal', 'cpl', 'pvt', 'admiral', 'adm', 'commander', 'cmdr',
  'brigadier', 'marshal', 'commodore', 'officer', 'constable', 'inspector', 'insp', 'superintendent', 'supt',
  'detective', 'det', 'chief', 'trooper', 'deputy', 'agent', 'commissioner', 'warden'];

const CLERGY_HONORIFICS = ['pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rev', 'father', 'pastor',
  'rabbi', 'imam', 'ayatollah', 'mullah', 'cleric', 'priest', 'vicar', 'sister', 'brother', 'mr', 'mrs', 'ms',
  'miss', 'mx', 'dr', 'prof', 'professor', 'hon', 'honourable', 'honorable'];

const OCCUPATIONS = ['director', 'executive', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder',
  'owner', 'boss', 'manager', 'president', 'partner', 'entrepreneur', 'businessman', 'businesswoman', 'investor',
  'banker', 'billionaire', 'tycoon', 'magnate', 'analyst', 'economist', 'strategist', 'consultant', 'trader',
  'engineer', 'architect', 'designer', 'scientist', 'researcher', 'physicist', 'chemist', 'biologist',
  'epidemiologist', 'virologist', 'immunologist', 'historian', 'scholar', 'academic', 'lecturer', 'teacher',
  'headteacher', 'headmaster', 'headmistress', 'principal', 'dean', 'doctor', 'surgeon', 'physician', 'nurse',
  'midwife', 'paramedic', 'pharmacist', 'dentist', 'psychiatrist', 'psychologist', 'therapist', 'vet',
  'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'broadcaster', 'presenter', 'host',
  'author', 'writer', 'novelist', 'poet', 'playwright', 'screenwriter', 'photographer', 'artist', 'painter',
  'sculptor', 'musician', 'composer', 'singer', 'songwriter', 'rapper', 'guitarist', 'drummer', 'pianist',
  'conductor', 'actor', 'actress', 'comedian', 'filmmaker', 'producer', 'dancer', 'model', 'chef', 'star',
  'footballer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'quarterback',
  'cricketer', 'batsman', 'bowler', 'athlete', 'sprinter', 'runner', 'rower', 'swimmer', 'cyclist', 'boxer',
  'golfer', 'skier', 'jockey', 'player', 'coach', 'trainer', 'referee', 'umpire', 'captain', 'skipper',
  'activist', 'campaigner', 'organiser', 'organizer', 'organiser', 'volunteer', 'advocate', 'expert',
  'specialist', 'farmer', 'fisherman', 'worker', 'miner', 'driver', 'pilot', 'firefighter', 'soldier',
  'veteran', 'student', 'pupil', 'tenant', 'landlord', 'resident', 'witness', 'survivor', 'victim', 'mother',
  'father', 'widow', 'shopkeeper', 'entertainer', 'influencer', 'blogger',
  'youtuber', 'commentator', 'pundit', 'critic', 'pollster', 'inventor', 'explorer', 'astronaut', 'mountaineer',
  'whistleblower', 'dissident', 'chairman'];

export const EN_ROLE_WORDS: readonly string[] = [...new Set([...POLITICAL, ...MILITARY_POLICE, ...CLERGY_HONORIFICS, ...OCCUPATIONS])];

/** Role words that say the person is a woman or a man: a gender hint for "she" and "he". */
export const EN_FEMALE_ROLES: readonly string[] = ['spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman',
  'councilwoman', 'actress', 'queen', 'princess', 'duchess', 'baroness', 'empress', 'lady', 'dame', 'mrs', 'ms',
  'miss', 'mother', 'widow', 'sister', 'headmistress', 'sportswoman', 'policewoman', 'wife', 'daughter',
  'grandmother', 'woman', 'girl'];
export const EN_MALE_ROLES: readonly string[] = ['spokesman', 'chairman', 'businessman', 'congressman',
  'councilman', 'alderman', 'king', 'prince', 'duke', 'baron', 'emperor', 'lord', 'sir', 'mr', 'father',
  'brother', 'headmaster', 'sportsman', 'policeman', 'fisherman', 'husband', 'son', 'grandfather', 'man', 'boy'];

/** Endings of agent nouns: a capitalised word with one before a full name is a title ("Novelist Clara Brandt"). */
export const EN_TITLE_SUFFIXES: readonly string[] = ['er', 'ist', 'or', 'ent', 'ant', 'ian', 'eer', 'man', 'woman'];
