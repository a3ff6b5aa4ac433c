/**
 * Common given names by gender, for a pronoun's gender hint ("she" is not "Tom Baker") and to keep a name's first
 * word from being read as a title ("Oliver Baker Jones"). Small on purpose: a miss only means "gender unknown".
 * Shared by the English and German tables: news in either language names people from everywhere.
 */

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'lisa',
  'nancy', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'carol', 'amanda',
  'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'angela',
  'helen', 'anna', 'brenda', 'pamela', 'nicole', 'emma', 'samantha', 'katherine', 'christine', 'debra', 'rachel',
  'catherine', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane', 'virginia', 'julie', 'joyce', 'victoria',
  'olivia', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'judith', 'megan', 'cheryl', 'andrea', 'hannah',
  'martha', 'jacqueline', 'frances', 'gloria', 'ann', 'anne', 'teresa', 'kathryn', 'sara', 'janice', 'jean',
  'alice', 'madison', 'doris', 'abigail', 'julia', 'judy', 'grace', 'denise', 'amber', 'marilyn', 'beverly',
  'danielle', 'theresa', 'sophia', 'sophie', 'marie', 'diana', 'brittany', 'natalie', 'isabella', 'charlotte',
  'rose', 'alexis', 'kayla', 'lucy', 'claire', 'clara', 'jane', 'kate', 'louise', 'fiona', 'siobhan', 'aoife',
  'priya', 'aisha', 'fatima', 'leila', 'layla', 'yasmin', 'mei', 'yuki', 'ines', 'lucia', 'carmen', 'elena',
  'sofia', 'ana', 'isabel', 'beatrice', 'eva', 'ella', 'mia', 'chloe', 'zoe', 'nina', 'irina', 'olga', 'natalia',
  'tatiana', 'svetlana', 'agnieszka', 'katarzyna', 'hanna', 'marta', 'ingrid', 'astrid', 'greta', 'lena',
  'sabine', 'petra', 'monika', 'ursula', 'renate', 'birgit', 'claudia', 'susanne', 'andrea', 'stefanie',
  'katrin', 'karin', 'heike', 'gabriele', 'angelika', 'annalena', 'ricarda', 'ute', 'jutta', 'silke', 'anja',
  'nadine', 'julia', 'franziska', 'johanna', 'lea', 'leonie', 'marlene', 'gisela', 'helga', 'ilse', 'brigitte',
  'christiane', 'doris', 'elke', 'barbara', 'margit', 'martina', 'simone', 'tanja', 'kerstin', 'manuela',
  'svenja', 'nancy', 'saskia', 'bettina', 'dorothee', 'ruth', 'ramona', 'ruth', 'kamala', 'hillary', 'theresa',
  'ursula', 'christine', 'giorgia', 'marine', 'ségolène', 'mette', 'sanna', 'jacinda', 'nicola', 'liz', 'esther', 'piper', 'summer', 'skylar', 'vivian', 'lillian',
  'gillian', 'marian', 'jasmin', 'kristin', 'corinna',
];

export const MALE_GIVEN_NAMES: readonly string[] = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua',
  'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob',
  'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel',
  'gregory', 'frank', 'alexander', 'raymond', 'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose',
  'adam', 'henry', 'nathan', 'douglas', 'zachary', 'peter', 'kyle', 'walter', 'ethan', 'jeremy', 'harold',
  'keith', 'christian', 'roger', 'noah', 'gerald', 'carl', 'terry', 'sean', 'austin', 'arthur', 'lawrence',
  'jesse', 'dylan', 'bryan', 'joe', 'jordan', 'billy', 'bruce', 'albert', 'willie', 'gabriel', 'logan', 'alan',
  'juan', 'wayne', 'roy', 'ralph', 'randy', 'eugene', 'vincent', 'russell', 'elijah', 'louis', 'bobby', 'philip',
  'johnny', 'tom', 'tim', 'jim', 'bob', 'bill', 'mike', 'dave', 'steve', 'simon', 'chris', 'ben', 'sam', 'nick', 'tony',
  'oliver', 'harry', 'charlie', 'oscar', 'leo', 'liam', 'hugo', 'luke', 'owen', 'connor', 'declan', 'ciaran',
  'rahul', 'sunil', 'arjun', 'ravi', 'mohammed', 'muhammad', 'ahmed', 'ali', 'omar', 'hassan', 'hossein',
  'mustafa', 'yusuf', 'ibrahim', 'kenji', 'hiroshi', 'wei', 'diego', 'carlos', 'luis', 'miguel', 'pedro',
  'pablo', 'javier', 'marco', 'luca', 'andrea', 'giovanni', 'pierre', 'jean', 'jacques', 'emmanuel', 'francois',
  'ivan', 'dmitry', 'sergei', 'vladimir', 'nikita', 'ilya', 'sasha', 'marek', 'piotr', 'tomasz', 'jan',
  'lars', 'sven', 'erik', 'olaf', 'klaus', 'hans', 'jürgen', 'juergen', 'wolfgang', 'uwe', 'dieter', 'günter',
  'gunter', 'helmut', 'horst', 'werner', 'manfred', 'gerhard', 'heinz', 'karl', 'kurt', 'friedrich', 'frank',
  'stefan', 'andreas', 'markus', 'martin', 'matthias', 'christian', 'sebastian', 'tobias', 'florian', 'lukas',
  'jonas', 'felix', 'maximilian', 'moritz', 'jens', 'torsten', 'thorsten', 'holger', 'ralf', 'rainer', 'bernd',
  'norbert', 'armin', 'olaf', 'robert', 'christoph', 'volker', 'joachim', 'jochen', 'hubert', 'markus', 'boris',
  'cem', 'friedrich', 'hendrik', 'jörg', 'joerg', 'detlef', 'reinhard', 'ulrich', 'herbert', 'otto', 'fritz',
  'emil', 'paul', 'anton', 'georg', 'heinrich', 'ludwig', 'wilhelm', 'johann', 'johannes', 'kai', 'nils', 'till',
  'joshua', 'jonah', 'elia', 'victor', 'hector', 'tudor', 'jasper', 'homer', 'ian', 'adrian', 'julian',
  'damian', 'fabian', 'kilian', 'laurent', 'clement', 'brent', 'trent', 'grant', 'bryant', 'herman', 'norman',
  'truman', 'sherman', 'erwin', 'edwin', 'marvin', 'rüdiger', 'günther', 'reiner', 'heiner', 'xaver', 'murat',
  'dieter', 'rainer', 'holger', 'alexander', 'roger', 'lothar', 'gustav', 'musa', 'isa', 'kostya', 'mischa', 'joe', 'keir', 'rishi', 'olaf', 'volodymyr',
];
