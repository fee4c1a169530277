/**
 * Casualty vocabulary as data: the words that report a casualty and how they attach to their figure, the words that
 * may stand between a figure and its verb, person nouns, and the cues that make a figure not a casualty
 * (hypotheticals, negations) or not a current one (background from earlier periods).
 */

/** Casualty kinds, plus 'shot' (hit by gunfire: wounded unless reported killed). */
export type CasualtyKind = 'killed' | 'wounded' | 'missing' | 'captured' | 'displaced' | 'shot';

/**
 * How a trigger finds its figure: 'passive' participles take a subject on the left after "was/were" or an object on
 * the right when active ("killed three"); 'intransitive' and 'adjective' take a subject on the left ("three died",
 * "two dead"); 'gerund' takes an object on the right ("killing three"); 'noun' takes a figure right before it
 * ("three deaths"); 'toll' takes a figure after it ("the death toll rose to 12").
 */
export type TriggerForm = 'passive' | 'intransitive' | 'adjective' | 'gerund' | 'noun' | 'toll';

/** Where a bullet hits someone: "hit in the arm" is a shooting, unlike "hit by a car". */
export const BODY_PARTS: readonly string[] = ['arm', 'leg', 'chest', 'head', 'back', 'neck', 'foot', 'hand', 'shoulder', 'stomach', 'abdomen', 'face', 'hip', 'thigh', 'buttocks', 'side', 'torso', 'knee', 'ankle', 'groin', 'arms', 'legs'];
/** "was hit in the leg", "was hit in his arm": passive rows for every body part. */
const HIT_IN = BODY_PARTS.flatMap((p) => ['the', 'his', 'her'].map((d) => `hit in ${d} ${p}`));

/** Casualty triggers: `phrase; kind; form`. Multi-word phrases match token by token. */
export const TRIGGER_ROWS: readonly string[] = [
  ...HIT_IN.map((h) => `${h}; shot; passive`),
  'killed; killed; passive', 'slain; killed; passive', 'murdered; killed; passive', 'executed; killed; passive',
  'massacred; killed; passive', 'martyred; killed; passive', 'shot dead; killed; passive',
  'shot to death; killed; passive', 'gunned down; killed; passive', 'beheaded; killed; passive',
  'fatally shot; killed; passive', 'fatally wounded; killed; passive', 'mortally wounded; killed; passive',
  'fatally injured; killed; passive',
  'stabbed to death; killed; passive', 'beaten to death; killed; passive', 'hacked to death; killed; passive',
  'bludgeoned to death; killed; passive', 'clubbed to death; killed; passive', 'stoned to death; killed; passive',
  'burned to death; killed; passive', 'burnt to death; killed; passive', 'strangled to death; killed; passive',
  'crushed to death; killed; passive', 'trampled to death; killed; passive', 'lynched; killed; passive',
  'fatally stabbed; killed; passive',
  'died; killed; intransitive', 'dies; killed; intransitive', 'perished; killed; intransitive',
  'succumbed; killed; intransitive', 'lost their lives; killed; intransitive', 'lost his life; killed; intransitive',
  'lost her life; killed; intransitive', 'lost their life; killed; intransitive',
  'dead; killed; adjective', 'deceased; killed; adjective',
  'killing; killed; gerund', 'kills; killed; gerund', 'murdering; killed; gerund', 'gunning down; killed; gerund',
  'murders; killed; gerund', 'claimed the life of; killed; gerund',
  'claimed the lives of; killed; gerund', 'took the life of; killed; gerund', 'took the lives of; killed; gerund',
  // "the rebels said they had lost four fighters": only with fighters as the object (find.ts, LOST_FORCES).
  'lost; killed; gerund',
  'murder of; killed; gerund', 'slaying of; killed; gerund', 'killing of; killed; gerund', 'death of; killed; gerund',
  'deaths of; killed; gerund', 'shooting death of; killed; gerund', 'shooting deaths of; killed; gerund',
  'murders of; killed; gerund', 'slayings of; killed; gerund', 'killings of; killed; gerund',
  'deaths; killed; noun', 'fatalities; killed; noun', 'fatality; killed; noun', 'slayings; killed; noun', 'killings; killed; noun', 'death; killed; noun', 'dead bodies; killed; noun',
  'bodies; killed; noun',
  'death toll; killed; toll', 'toll; killed; toll', 'number of dead; killed; toll', 'number of deaths; killed; toll',
  'number of injured; wounded; toll', 'number of wounded; wounded; toll',
  'lives; killed; noun', 'drowned; killed; intransitive',
  'wounded; wounded; passive', 'injured; wounded; passive', 'hurt; wounded; passive', 'maimed; wounded; passive',
  'hospitalized; wounded; passive', 'hospitalised; wounded; passive',
  'received injuries; shot; intransitive', 'sustained injuries; shot; intransitive',
  'suffered injuries; shot; intransitive', 'received slight injuries; wounded; intransitive',
  'suffered gunshot wounds; shot; intransitive', 'suffered a gunshot wound; shot; intransitive',
  'sustained gunshot wounds; shot; intransitive', 'sustained a gunshot wound; shot; intransitive',
  'suffered non-life-threatening injuries; wounded; intransitive',
  'suffered minor injuries; wounded; intransitive',
  'with serious injuries; wounded; intransitive', 'with critical injuries; wounded; intransitive',
  'with life-threatening injuries; wounded; intransitive', 'with non-life-threatening injuries; wounded; intransitive', 'suffered serious injuries; shot; intransitive',
  'in critical condition; wounded; intransitive', 'in serious condition; wounded; intransitive',
  'in stable condition; wounded; intransitive', 'in fair condition; wounded; intransitive',
  'in good condition; wounded; intransitive', 'in grave condition; wounded; intransitive',
  'wounding; wounded; gerund', 'injuring; wounded; gerund', 'hitting; shot; gerund', 'striking; shot; gerund',
  'shoots; shot; gerund', 'wounds; wounded; gerund', 'injures; wounded; gerund', 'shooting; shot; gerund', 'grazes; shot; gerund',
  'taken to the hospital; wounded; intransitive', 'taken to a hospital; wounded; intransitive',
  'taken to hospital; wounded; intransitive', 'taken to area hospitals; wounded; intransitive',
  'taken to local hospitals; wounded; intransitive', 'taken to hospitals; wounded; intransitive',
  'transported to the hospital; wounded; intransitive', 'transported to area hospitals; wounded; intransitive',
  'rushed to the hospital; wounded; intransitive', 'rushed to area hospitals; wounded; intransitive',
  'injuries; wounded; noun', 'injured; wounded; noun', 'treated and released; wounded; passive',
  'survived; shot; intransitive',
  'shot; shot; passive', 'stabbed; shot; passive', 'struck by gunfire; shot; intransitive', 'hit by gunfire; shot; intransitive',
  'struck by bullets; shot; intransitive', 'grazed; shot; passive', 'struck; shot; passive', 'hit; shot; passive',
  'hit by stray bullet; shot; intransitive', 'struck by stray bullet; shot; intransitive',
  'hit by stray gunfire; shot; intransitive', 'hit by stray bullets; shot; intransitive', 'struck by stray bullets; shot; intransitive',
  'hit by bullets; shot; intransitive', 'struck by stray gunfire; shot; intransitive',
  'sent to the hospital; wounded; intransitive', 'sent to a hospital; wounded; intransitive', 'sent to hospital; wounded; intransitive',
  'sent to area hospitals; wounded; intransitive', 'sent to local hospitals; wounded; intransitive',
  'missing; missing; adjective', 'unaccounted for; missing; adjective', 'went missing; missing; intransitive',
  'disappeared; missing; intransitive',
  'captured; captured; passive', 'abducted; captured; passive', 'kidnapped; captured; passive',
  'taken hostage; captured; passive', 'taken captive; captured; passive', 'taken prisoner; captured; passive',
  'held hostage; captured; passive',
  'displaced; displaced; passive', 'fled their homes; displaced; intransitive',
  'forced from their homes; displaced; passive', 'forced to flee; displaced; passive',
  'made homeless; displaced; passive', 'left homeless; displaced; passive',
];

/** Verbs before a figure of "lives" that make it a death toll: "claimed 23 lives", "has cost 5,000 lives" (not "saved 100 lives"). */
export const LIFE_TAKERS: readonly string[] = ['claimed', 'claim', 'claims', 'claiming', 'cost', 'costs', 'costing', 'took', 'take', 'takes', 'taken', 'taking'];

/** Verbs that send a counted group to hospital: "sent four people to the hospital", "put three women in the hospital". */
export const HOSPITAL_VERBS: readonly string[] = ['sent', 'sending', 'sends', 'put', 'putting', 'left', 'leaving'];

/** "a quadruple shooting" counts four hit; "a triple homicide" three killed. */
export const MULTIPLE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['double', 2], ['triple', 3], ['quadruple', 4], ['quintuple', 5], ['sextuple', 6],
];

/** Nouns after a multiple word, and the casualty kind they count. */
export const MULTIPLE_NOUNS: ReadonlyArray<readonly [string, CasualtyKind]> = [
  ['shooting', 'shot'], ['shootings', 'shot'], ['homicide', 'killed'], ['homicides', 'killed'], ['murder', 'killed'],
  ['murders', 'killed'], ['killing', 'killed'], ['killings', 'killed'], ['fatal', 'killed'],
];

/** "No casualties were reported": nouns whose negation means none killed and none wounded. */
export const NONE_BOTH_NOUNS: readonly string[] = ['casualties', 'casualty', 'victims'];

/** Words both auxiliary lists hold (AUXILIARIES, VICTIM_AUXILIARIES): "was later", "has since been", "critically". */
const SHARED_AUXILIARIES = [
  'was', 'is', 'has', 'had', 'been', 'being', 'got', 'gets', 'also', 'later', 'then', 'since', 'both', 'found', 'left',
  'listed', 'now', 'declared', 'just', 'still', 'allegedly', 'initially', 'reportedly', 'apparently', 'subsequently',
  'eventually', 'ultimately', 'tragically', 'officially', 'critically', 'seriously', 'severely', 'slightly', 'badly',
  'gravely', 'accidentally',
];

/** Words that may stand between a subject and its casualty verb: "were reportedly later killed". */
export const AUXILIARIES: readonly string[] = [
  ...SHARED_AUXILIARIES, 'were', 'are', 'be', 'have', 'get', 'all', 'each', 'reported', 'confirmed', 'believed', 'feared',
  'presumed', 'thought', 'said', 'to', 'pronounced', 'already', 'previously', 'remains', 'remained', 'remain', 'taken',
  'rushed', 'transported', 'who', 'that', 'which', 'lightly', 'mildly', 'non-fatally', 'fatally', 'mortally', 'possibly',
  'likely', 'probably',
];

/** Auxiliaries that mark the verb as passive or stative ("were killed", "was dead"). */
export const BE_FORMS: readonly string[] = ['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'get', 'gets', 'found', 'pronounced', 'declared', 'left', 'remains', 'remained', 'remain', 'listed', 'reported', 'confirmed', 'believed', 'feared', 'presumed'];

/** Plural auxiliaries: a bare singular subject ("a man") does not agree with them. */
export const PLURAL_AUXILIARIES: readonly string[] = ['were', 'are', 'have'];

/** Singular auxiliaries: "was", "is", "has" agree with one person ("Shellsea was killed"). */
export const SINGULAR_AUXILIARIES: readonly string[] = ['was', 'is', 'has'];

/** Adverbs that turn "shot" or "wounded" into a death. */
export const FATAL_ADVERBS: readonly string[] = ['fatally', 'mortally'];

/** Words that make a casualty verb hypothetical, planned or threatened: "could kill", "threatened to". */
export const HYPOTHETICAL_CUES: readonly string[] = [
  'could', 'would', 'might', 'may', 'will', 'can', 'should', 'shall', 'must', "won't", "wouldn't", 'if', 'unless',
  'threatened', 'threatens', 'threaten', 'vowed', 'vows', 'plans', 'planned', 'planning', 'plotted', 'plotting',
  'attempted', 'attempting', 'tried', 'trying', 'risk', 'risks', 'whether', 'lest', 'fear', 'fears', 'warned',
  'warns', 'potentially', 'intended', 'aimed',
];

/** Words that negate a casualty verb ("were not hurt", "never found"). */
export const NEGATIONS: readonly string[] = ['not', 'never', 'neither', 'nor', "didn't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", 'denied', 'denies', 'deny'];

/** Subjects that say "none": "no one was hurt", "nobody was killed", "none of the passengers". */
export const NONE_WORDS: readonly string[] = ['no', 'none', 'nobody', 'noone', 'neither'];

/** Determiners and pronouns that may open a casualty subject. */
export const DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some',
  'all', 'both', 'each', 'another', 'other', 'others', 'more', 'of', 'further', 'additional', 'fellow', 'several',
  'many', 'few', 'one', 'first', 'second', 'third', 'fourth', 'last', 'latest', 'least', 'at', 'than', 'over',
  'up', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'estimated', 'total', 'between',
];

/** Possessives that attribute a casualty to the speaker of the sentence: "three of its troops". */
export const SPEAKER_POSSESSIVES: readonly string[] = ['its', 'their', 'our'];

/** School years as in "an eighth-grader", "two fifth-graders". */
const GRADES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** Person nouns that name someone in particular ("his father", "the deputy"), told apart from other unnamed victims. */
const RELATIONAL_ROWS: readonly string[] = [
  'father+', 'mother+', 'son+', 'daughter+', 'brother+', 'sister+', 'husband+', 'wife', 'girlfriend', 'boyfriend',
  'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin+', 'nephew+', 'niece+', 'stepfather', 'stepson', 'mom',
  'dad', 'officer+', 'deputy', 'trooper+', 'bystander+', 'driver+', 'passenger+', 'clerk+', 'cashier+', 'guard+',
  'bouncer', 'homeowner+', 'neighbor+', 'neighbour+', 'roommate+', 'friend+', 'grandson+', 'granddaughter+',
  'stepdaughter', 'fiance', 'fiancee', 'suspect+', 'gunman', 'shooter', 'robber', 'intruder', 'burglar',
];

/**
 * A row "soldier+" of the person nouns stands for the singular "soldier" (PERSON_SINGULAR) and its plural "soldiers"
 * (PERSON_PLURAL): the regular plurals are not listed twice.
 */
const singulars = (rows: readonly string[]): string[] => rows.map((w) => (w.endsWith('+') ? w.slice(0, -1) : w));

export const RELATIONAL_NOUNS: readonly string[] = singulars(RELATIONAL_ROWS);

/** Singular person nouns: "a man was shot" counts one. */
const PERSON_ROWS: readonly string[] = [
  ...RELATIONAL_ROWS,
  'man', 'woman', 'person+', 'teen+', 'teenager+', 'boy+', 'girl+', 'child', 'kid+', 'baby', 'infant+', 'toddler+',
  'youth+', 'juvenile+', 'adult+', 'male+', 'female+', 'individual+', 'victim+', 'attacker+', 'assailant+',
  'soldier+', 'serviceman', 'servicewoman', 'servicemember+', 'policeman', 'policewoman', 'cop+', 'agent+',
  'civilian+', 'resident+', 'student+', 'pedestrian+', 'worker+', 'employee+', 'customer+', 'relative+', 'fighter+',
  'militant+', 'rebel+', 'insurgent+', 'member+', 'commander', 'journalist+', 'reporter+', 'photographer+',
  'protester+', 'demonstrator+', 'villager+', 'farmer+', 'shepherd+', 'fisherman', 'pilot', 'doctor+', 'nurse+',
  'medic+', 'paramedic+', 'peacekeeper+', 'inmate+', 'prisoner+', 'patient+', 'pastor+', 'priest+', 'teacher+',
  'senior', 'sophomore', 'junior', 'freshman', 'one', 'patron+', 'motorist+', 'owner', 'tenant+', 'partygoer+',
  'occupant+', 'ex-boyfriend', 'ex-girlfriend', 'ex-wife', 'ex-husband', 'landlord', 'coworker+', 'co-worker+',
  'acquaintance', 'manager', 'rapper', 'athlete+', 'player', 'veteran', 'sibling+', 'stepmother', 'security',
  'marine+', 'sergeant', 'lieutenant', 'captain', 'corporal', 'private', 'colonel', 'major', 'general',
  // Singulars of the trade and outdoor-life plurals below ("two hikers and a climber are missing").
  'hiker+', 'climber+', 'diver+', 'camper+', 'swimmer+', 'skier+', 'mountaineer+', 'miner+', 'sailor+', 'seaman',
  'crewman', 'spectator+', 'he', 'she', 'himself', 'herself', 'him',
  // Nouns of people US shooting reports use ("a Lodi eighth-grader died", "a hunter was wounded").
  'hunter+', 'bailiff+', 'guy+', 'guest+', 'bartender+', ...GRADES.map((g) => `${g}-grader+`),
];

export const PERSON_SINGULAR: readonly string[] = singulars(PERSON_ROWS);

/** Plural person nouns: heads of counted subjects ("three soldiers", "two others"). */
export const PERSON_PLURAL: readonly string[] = [
  'people', 'men', 'women', 'children', 'babies', 'gunmen', 'troops', 'servicemen', 'personnel', 'policemen',
  'police', 'deputies', 'pilgrims', 'worshippers', 'worshipers', 'migrants', 'refugees', 'others', 'more',
  'nationals', 'citizens', 'crew', 'militiamen', 'recruits', 'family', 'terrorists', 'jihadists', 'combatants',
  'hostages', 'staff', 'them', 'us', 'americans', 'parents', 'grandparents', 'grandchildren', 'firefighters',
  'classmates', 'shoppers', 'diners', 'visitors', 'tourists',
  // Plurals of PERSON_SINGULAR nouns, and the people accidents and disasters count ("three fishermen went missing"):
  // those not in -s here, the rest from the rows marked "+". Not the plurals of those who more often do the shooting
  // than suffer it ("two police sergeants shot and killed a man").
  'fishermen', 'wives', 'seamen', 'crewmen', 'minors',
  ...PERSON_ROWS.filter((w) => w.endsWith('+')).map((w) => `${w.slice(0, -1)}s`),
];

/** Person nouns that mark the casualties as civilians. */
export const CIVILIAN_NOUNS: readonly string[] = ['civilian', 'civilians', 'noncombatants', 'non-combatants'];

/** Words that stop a subject scan: verbs of saying, conjunctions, prepositions. */
export const SUBJECT_STOPS: readonly string[] = [
  'said', 'says', 'say', 'told', 'reported', 'announced', 'stated', 'added', 'confirmed', 'claimed', 'when', 'after',
  'before', 'while', 'as', 'in', 'on', 'at', 'from', 'by', 'with', 'during', 'who', 'which', 'where', 'but',
  'because', 'since', 'if', 'into', 'for', 'to', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'and',
  'or', 'that', 'there', 'it', 'they', 'we', 'you', 'i', 'police', 'authorities', 'officials', 'then', 'later',
];

/** Speech and report verbs that name the source of a figure ("the ministry said"). */
export const SOURCE_VERBS: readonly string[] = [
  'said', 'says', 'announced', 'reported', 'reports', 'stated', 'told', 'confirmed', 'claimed', 'added', 'tweeted',
  'wrote', 'posted',
];

/** Nouns that may be part of a source's name in lower case ("police", "the defense ministry"). */
export const SOURCE_NOUNS: readonly string[] = [
  'police', 'ministry', 'officials', 'official', 'authorities', 'military', 'army', 'spokesman', 'spokeswoman',
  'spokesperson', 'sheriff', "sheriff's", 'office', 'department', 'agency', 'media', 'coroner', 'examiner',
  'medical', 'defense', 'defence', 'health', 'interior', 'foreign', 'news', 'state', 'officers', 'investigators',
  'detectives', 'witnesses', 'hospital', 'sources', 'source', 'service', 'emergency', 'the', 'of', "'s", 'local',
  'county', 'city', 'federal', 'government', 'command', 'forces', 'group', 'statement', 'militants', 'rebels',
  'insurgents', 'separatists',
];

/** Background cues: a figure near them belongs to an earlier war or period, not to today's toll. */
export const HISTORICAL_CUES: readonly string[] = [
  'last year', "last year's", 'years ago', 'decades ago', 'months ago', 'a decade', 'two decades', 'decades',
  'previous war', 'earlier war', 'the last war', 'previous conflict', 'since the start', 'since the beginning',
  'this year', 'so far this year', 'year to date', 'last month', 'in total since', 'since the war began',
  'since the conflict began', 'history', 'historically', 'previously', 'in the past', 'all-time',
  // Yearly rates ("malaria kills 600,000 people a year") are no toll of the day.
  'every year', 'each year', 'per year', 'annually', 'people a year', 'every day', 'each day',
  'earlier that year', 'later that year', 'the previous year', 'a year earlier', 'the year before',
  // Wars and genocides long past, and the span of a tally ("died over the period").
  'holocaust', 'world war', 'world war i', 'world war ii', 'over the period', 'during the period',
  // A war's toll to date, beside the day's ("The war, which began in April 2023, has killed tens of thousands").
  'war has killed', 'conflict has killed', 'war, which began', 'conflict, which began', 'war, which started',
  'been killed since', 'have died since', 'since the invasion', 'since the fighting began', 'already claimed',
  'has claimed the lives', 'have claimed the lives', 'war has claimed', 'conflict has claimed', 'war that has killed',
  'conflict that has killed', 'fighting that has killed', 'war that killed', 'conflict that killed',
  // The toll of a span of fighting ("ended more than a year of fighting that killed nearly 4,000 people").
  'year of fighting', 'years of fighting', 'months of fighting', 'past decade', 'last decade', 'past decades',
  // A tally of a truce's days ("rescuers had recovered 120 bodies from the rubble since the truce began").
  'since the truce', 'since the ceasefire', 'since the cease-fire',
];

/** Words that tie a background sentence to war or violence, so the next sentence may inherit it. */
export const CONFLICT_WORDS: readonly string[] = [
  'war', 'wars', 'conflict', 'escalation', 'violence', 'fighting', 'hostilities', 'offensive', 'insurgency',
  'uprising', 'genocide', 'massacre', 'clashes',
];

/** Words that anchor a sentence in the current event. */
export const CURRENT_CUES: readonly string[] = [
  'today', 'yesterday', 'tonight', 'this morning', 'this week', 'last night', 'on monday', 'on tuesday',
  'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'latest', 'new', 'recent',
];

/** Words before a number that make it a name or label, not a count: "Route 66", "No. 5". */
export const LABEL_WORDS: readonly string[] = [
  'route', 'highway', 'interstate', 'road', 'street', 'avenue', 'no', 'number', 'unit', 'room', 'apartment', 'apt',
  'building', 'block', 'district', 'precinct', 'ward', 'page', 'chapter', 'article', 'resolution', 'flight', 'bus',
  'gate', 'exit', 'mile', 'level', 'grade', 'aged', 'age', 'ages', 'year', 'years', 'class', 'of', 'image', 'photo',
  'slide', 'video', 'picture', 'news', 'channel', 'caption', 'abc', 'nbc', 'cbs', 'fox',
];

/**
 * Words after a number that make it a time, a size or a measure, not a count: "3 p.m.", "44 days"; and the things
 * sport and film news shoot, hit and strike ("shot 12 three-pointers", "struck 4 goals", "shot 40 scenes").
 */
export const MEASURE_WORDS: readonly string[] = [
  'p.m', 'a.m', 'pm', 'am', "o'clock", 'hours', 'hour', 'minutes', 'minute', 'seconds', 'days', 'day', 'weeks',
  'week', 'months', 'month', 'years', 'year', 'percent', '%', 'km', 'kilometres', 'kilometers', 'miles', 'meters',
  'metres', 'feet', 'dollars', 'rounds', 'shots', 'bullets', 'times', 'mph', 'degrees', 'caliber', 'mm',
  'block', 'blocks', 'th', 'st', 'nd', 'rd', 'caption', 'photos', 'images', 'slides', 'videos', 'gunshots',
  'goals', 'points', 'pointers', 'three-pointers', '3-pointers', 'baskets', 'assists', 'rebounds', 'birdies',
  'bogeys', 'holes', 'wickets', 'boundaries', 'sixes', 'fours', 'aces', 'scenes', 'films', 'movies', 'episodes',
  'pictures', 'frames', 'takes',
];

/**
 * Things that go missing or disappear besides people ("1.5 million posts disappeared", "files went missing", "two
 * paintings are missing"): a counted phrase with one of them (or a NON_PERSON_NOUNS or MEASURE_WORDS noun) and no
 * person noun reports no missing people.
 */
export const MISSING_THINGS: readonly string[] = [
  'posts', 'files', 'documents', 'records', 'papers', 'emails', 'e-mails', 'letters', 'items', 'artefacts', 'artifacts',
  'paintings', 'works', 'weapons', 'guns', 'firearms', 'funds', 'money', 'data', 'pages', 'boxes', 'bags', 'parcels',
  'packages', 'laptops', 'computers', 'phones', 'disks', 'tapes', 'keys', 'passports', 'ballots', 'samples', 'vials',
  'doses', 'pills', 'tablets', 'containers', 'barrels', 'tons', 'tonnes', 'pounds', 'euros', 'cash', 'jewels',
  'jewellery', 'jewelry', 'books', 'manuscripts', 'photographs', 'messages', 'texts', 'tweets', 'pieces', 'parts',
  'copies', 'devices', 'cameras', 'bikes', 'bicycles', 'planes', 'aircraft', 'boats', 'ships', 'vessels', 'dollars',
];

/** Things that are shot or hit besides people ("four people and two vehicles were shot", "two cars were hit"). */
export const SHOT_THINGS: readonly string[] = ['vehicles', 'cars', 'homes', 'houses', 'buildings', 'windows', 'trucks', 'apartments', 'businesses', 'dogs'];

/**
 * Things, animals and plans that general news kills, captures, strikes or displaces: a figure right before one of
 * them counts no people ("killed 5 penalties", "Netflix killed 2 shows", "3 amendments were killed", "killed 40
 * cows", "kills 5 strains of bacteria", "captured 3 trophies", "struck 2 houses").
 */
export const NON_PERSON_NOUNS: readonly string[] = [
  'penalties', 'trophies', 'titles', 'medals', 'championships', 'games', 'matches', 'sets', 'runs', 'innings',
  'touchdowns', 'yards', 'records', 'deals', 'bills', 'amendments', 'measures', 'proposals', 'provisions', 'laws',
  'plans', 'projects', 'programs', 'programmes', 'products', 'product', 'features', 'apps', 'shows', 'series',
  'ideas', 'jobs', 'careers', 'hopes', 'chances', 'dreams', 'bids', 'offers', 'links', 'accounts', 'balls', 'batteries', 'services', 'contracts', 'divisions', 'companies', 'firms', 'banks', 'stores', 'shops', 'branches', 'flights', 'orders', 'votes', 'seats', 'animals', 'cows',
  'cattle', 'sheep', 'goats', 'pigs', 'chickens', 'birds', 'fish', 'horses', 'cats', 'deer', 'livestock', 'trees',
  'crops', 'plants', 'germs', 'bacteria', 'strains', 'cells', 'viruses', 'insects', 'mosquitoes', 'rats', 'mice',
  'teams', 'clubs',
  // Weapons that strike, hit or are shot down: "17 rockets struck near the base", "9 drones were shot down".
  'rockets', 'missiles', 'drones', 'shells', 'mortars', 'bombs', 'projectiles', 'grenades', 'airstrikes', 'strikes',
  'explosions', 'blasts', 'bullets', 'rounds', 'munitions', 'warheads',
  // What strikes hit: "struck more than 40 Hamas targets", "12 militant positions".
  'targets', 'positions', 'sites', 'launchers', 'depots', 'facilities', 'bases', 'outposts', 'tunnels',
  ...SHOT_THINGS,
];

/**
 * Words after a trigger that make it a figure of speech, not a casualty: "dead set on", "dead tired", "dead last",
 * "a dead heat", "dead wrong"; "shot down" (a proposal, a plane, a request), "shot straight to No 1", a film "shot mostly
 * in Spain"; "sales died off", "the wind died down"; "shooting guard", "shooting percentage" (basketball).
 */
export const FIGURATIVE_AFTER: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['dead', ['set', 'tired', 'last', 'heat', 'end', 'serious', 'wrong', 'even', 'center', 'centre', 'ahead', 'asleep', 'ringer', 'giveaway', 'silent', 'certain', 'level', 'broke', 'weight', 'zone', 'spot', 'rubber', 'lift', 'cert']],
  // "shot straight to the top of the charts"; a film "shot mostly in South Africa", "shot simultaneously in Hindi and English".
  ['shot', ['down', 'straight', 'mostly', 'entirely', 'largely', 'simultaneously', 'exclusively']],
  ['shooting', ['guard', 'guards', 'percentage', 'percentages', 'slump', 'woes', 'coach', 'stroke', 'touch', 'drills', 'schedule', 'script']],
  ['died', ['off', 'out', 'down']], ['dies', ['off', 'out', 'down']], ['drowned', ['out']],
  ['missing', ['out']],
];

/**
 * Causes of a natural death, read after "of", "from", "after", "following" or "with" in the clause after a death
 * ("died of natural causes", "passed away after a short battle with skin cancer"): no violence to count. Pairs are
 * written with a space. "died in his sleep" is read too (casualties/find.ts).
 */
export const NATURAL_DEATH_CAUSES: readonly string[] = [
  'natural causes', 'cancer', 'leukemia', 'leukaemia', 'tumor', 'tumour', 'illness', 'disease', 'pneumonia', 'covid',
  'covid-19', 'coronavirus', 'influenza', 'flu', 'sepsis', 'dementia', "alzheimer's", 'alzheimer', "parkinson's",
  'heart attack', 'heart failure', 'cardiac arrest', 'stroke', 'old age', 'aids',
];

/**
 * A trigger, a preposition and (within four words) a noun that make it no casualty: "missing from the squad" (not
 * picked), "hurt by the comments" (feelings, sales), "survived the vote", "survived the war", "survived an attempt to
 * de-select him" or "an attempt on his life" (lived on, no wound told),
 * "Liberia is recovering from a civil war" (a country, an economy), "stabbed in the back by his party":
 * `trigger; preposition, one or more words (- for none); nouns`.
 */
export const FIGURATIVE_CAUSES: readonly string[] = [
  'missing; from; squad squads lineup line-up lineups roster team side practice training rotation starting list xi',
  'survived; -; attempt attempts purge purges vote votes cut cuts round crisis challenge scare scares recession layoffs downturn election recall impeachment audition elimination merger takeover restructuring war wars skirmish',
  'recovering; from; war wars recession recessions downturn slump crisis crises conflict genocide',
  'hurt; by; comments remarks criticism words decision decisions loss losses defeat defeats rejection snub omission exclusion allegations claims tweet tweets post posts news report reports slump downturn sales prices rates inflation tariffs',
  'wounded; by; comments remarks criticism words decision decisions loss losses defeat defeats rejection snub omission exclusion allegations claims tweet tweets post posts news report reports',
  'shot; to; fame stardom prominence top number no',
  // "captured everybody's imagination" (pictures: PICTURE_WORDS).
  'captured; -; imagination imaginations attention hearts heart mood spirit essence moment moments beauty',
  'shot; -; par under-par over-par birdie birdies bogey eagle',
  'drowned; in; debt paperwork work sorrows sorrow noise emails email water-logged red tape bureaucracy',
  'drowned; -; sorrows sorrow',
  'stabbed; in the back by; party colleagues allies ally friends friend partners partner government leadership members teammates club board establishment leaders voters supporters',
];

/**
 * Pictures near "captured": "a maid captured in a portrait", "captured on camera", "video also captured a man", "SKY 4
 * captured video of detectives" (a picture taken, no one held). No person nouns ("captured two photographers").
 */
export const PICTURE_WORDS = /^(?:cameras?|videos?|footage|film|tape|cctv|lens|surveillance|photo(?:graph)?s?|pictures?|images?|portraits?|paintings?|snapshots?|sketch)$/;

/** Staff and rivals that a closure, a merger or a product "displaces": jobs or market lost, not homes fled. */
export const JOB_NOUNS: readonly string[] = ['workers', 'employees', 'staff', 'staffers', 'jobs', 'employee', 'worker', 'rivals', 'competitors', 'incumbents'];

/**
 * Illness and treatment after "in stable condition after", "hospitalized with", "survived": a patient, not someone
 * hurt ("in good condition after surgery", "30 were hospitalized with flu", "survived cancer", "transported to a
 * hospital for smoke inhalation", "for an evaluation"; not "for observation": coders count a child kept so).
 */
export const ILLNESS_NOUNS: readonly string[] = [
  'heart', 'cardiac', 'stroke', 'surgery', 'operation', 'transplant', 'cancer', 'leukemia', 'tumor', 'tumour', 'flu',
  'influenza', 'covid', 'covid-19', 'coronavirus', 'virus', 'illness', 'disease', 'infection', 'pneumonia',
  'dehydration', 'exhaustion', 'symptoms', 'pains', 'fever', 'measles', 'sepsis', 'seizure', 'chemotherapy', 'asthma',
  'diabetes', 'epilepsy', 'bronchitis', 'appendicitis', 'meningitis', 'malaria', 'flu-like', 'inhalation', 'evaluation',
];

/** A quick test that a sentence may hold a casualty figure: stems of every trigger above. Sentences without it are skipped. */
export const CASUALTY_STEMS = /hit in |were hit\b|was hit\b|kill|stab|lynch|drown|dead|die[ds]?\b|death|wound|injur|hurt|shot|shoot|struck|slain|murder|fatal|perish|succumb|lives|life|condition|gunfire|bullet|passed away|missing|unaccounted|disappear|captur|abduct|kidnap|hostage|captive|prisoner|displac|fled|flee|homeless|toll|bodies|casualt|victims|execut|massacr|martyr|behead|gunned|maimed|hospital|grazed|decease|surviv|recovering|treated and released|homicide|lost /i;

/**
 * Predicates that report one person's death or injury without a figure ("Julian Bryant, 22, died", "the girl was
 * pronounced dead", "he was shot"): `phrase; kind; voice`. 'passive' needs a singular "was/is/has been" before it;
 * 'intransitive' takes its subject directly ("died", "passed away"). Victims are counted as people, not sentences.
 */
export const VICTIM_PREDICATES: readonly string[] = [
  ...HIT_IN.map((h) => `${h}; shot; passive`),
  'killed; killed; passive', 'slain; killed; passive', 'murdered; killed; passive', 'shot dead; killed; passive',
  'shot to death; killed; passive', 'fatally shot; killed; passive', 'fatally wounded; killed; passive',
  'fatally injured; killed; passive', 'mortally wounded; killed; passive', 'shot and killed; killed; passive',
  'gunned down; killed; passive', 'pronounced dead; killed; passive', 'found dead; killed; passive',
  'declared dead; killed; passive', 'brain dead; killed; passive', 'dead; killed; passive', 'deceased; killed; passive',
  'died; killed; intransitive', 'dies; killed; intransitive', 'passed away; killed; intransitive',
  'succumbed; killed; intransitive', 'lost his life; killed; intransitive', 'lost her life; killed; intransitive',
  'fatally shot himself; killed; intransitive', 'fatally shot herself; killed; intransitive',
  'shot himself; shot; intransitive', 'shot herself; shot; intransitive', 'killed himself; killed; intransitive',
  'killed herself; killed; intransitive',
  'shot; shot; passive', 'wounded; shot; passive', 'injured; shot; passive', 'hurt; shot; passive',
  'hospitalized; shot; passive', 'hospitalised; shot; passive', 'grazed; shot; passive',
  'struck by gunfire; shot; passive', 'struck by a bullet; shot; passive', 'hit by gunfire; shot; passive',
  'hit by a bullet; shot; passive', 'struck by a stray bullet; shot; passive', 'hit by a stray bullet; shot; passive',
  'struck by bullets; shot; passive', 'struck by what; shot; passive', 'struck by stray gunfire; shot; passive',
  'hit by stray gunfire; shot; passive', 'hit by stray bullets; shot; passive', 'struck by stray bullets; shot; passive', 'hit by bullets; shot; passive',
  'hit by stray bullet; shot; passive', 'struck by stray bullet; shot; passive',
  // "was hit twice", "was also hit in one of her legs": only as find.ts's hitTimes reads it (figurative).
  'hit; shot; passive',
  'suffered a gunshot wound; shot; intransitive', 'suffered gunshot wounds; shot; intransitive',
  'sustained a gunshot wound; shot; intransitive', 'sustained gunshot wounds; shot; intransitive',
  'suffered a gunshot; shot; intransitive', 'suffered injuries; shot; intransitive',
  'suffered non-life-threatening injuries; wounded; intransitive', 'suffered life-threatening injuries; shot; intransitive',
  'suffered minor injuries; wounded; intransitive', 'suffered serious injuries; shot; intransitive',
  'sustained injuries; shot; intransitive', 'sustained non-life-threatening injuries; shot; intransitive',
  'sustained life-threatening injuries; shot; intransitive', 'sustained minor injuries; shot; intransitive',
  'remains in critical condition; shot; intransitive', 'remains hospitalized; shot; intransitive',
  'recovering; shot; intransitive', 'expected to survive; shot; intransitive', 'expected to recover; shot; intransitive',
  'survived; shot; intransitive', 'survives; shot; intransitive', 'treated and released; shot; passive',
];

/** Predicates whose victim is the object on the right: `phrase; kind` ("killing him", "the fatal shooting of Ann Lee"). */
export const VICTIM_OBJECT_PREDICATES: readonly string[] = [
  'killing; killed', 'killed; killed', 'shot; shot', 'shot and killed; killed', 'fatally shot; killed', 'fatal shooting of; killed',
  'shooting death of; killed', 'death of; killed', 'murder of; killed', 'killing of; killed', 'slaying of; killed',
  'homicide of; killed', 'fatally striking; killed', 'fatally shooting; killed', 'fatally wounding; killed',
  'striking; shot', 'wounding; shot', 'injuring; shot', 'shot and wounded; shot', 'shot and injured; shot',
  'non-fatal shooting of; shot', 'nonfatal shooting of; shot', 'shooting of; shot',
];

/** Verbs and prepositions that report an injury through its noun: "suffered a gunshot wound", "treated for injuries". */
export const INJURY_VERBS: readonly string[] = [
  'suffered', 'suffers', 'suffering', 'sustained', 'sustaining', 'received', 'treated', 'with',
];

/** Nouns that close an injury phrase after an injury verb. */
export const INJURY_NOUNS: readonly string[] = ['wound', 'wounds', 'injuries', 'injury', 'gunshot'];


/** Words that may stand between a victim and the predicate: "was later", "has since", "who was". */
export const VICTIM_AUXILIARIES: readonly string[] = [
  ...SHARED_AUXILIARIES, 'originally', 'mistakenly', 'sadly', 'unfortunately', 'immediately', 'instantly',
];

/** Singular auxiliaries a passive victim predicate needs ("was shot"; "were shot" is a counted group instead). */
export const VICTIM_SINGULAR_BE: readonly string[] = ['was', 'is', 'been', 'got', 'gets'];

/** Capitalized words that are not a victim's name: institutions, titles, days, sentence openers. */
export const NOT_VICTIM_NAMES: readonly string[] = [
  'police', 'officers', 'officials', 'authorities', 'deputies', 'investigators', 'detectives', 'sheriff', 'the',
  'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'this', 'that', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'news', 'department', 'office', 'county', 'city',
  'hospital', 'center', 'centre', 'medical', 'university', 'school', 'court', 'jail', 'prison', 'but', 'and', 'who',
  'when', 'after', 'before', 'while', 'if', 'as', 'one', 'nobody', 'no', 'none', 'someone', 'somebody', 'anyone',
];

/**
 * Words of sport news: an article naming four or more of them, and none of VIOLENCE_WORDS, reports players' injuries
 * ("Duff sustained a knee injury", "Wilkinson is recovering"), not people hurt by violence.
 */
export const SPORT_WORDS: readonly string[] = [
  'match', 'matches', 'season', 'squad', 'coach', 'league', 'cup', 'tournament', 'championship', 'championships',
  'fixture', 'fixtures', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'team-mate', 'team-mates',
  'teammate', 'teammates', 'premiership', 'rugby', 'tennis', 'cricket', 'football', 'soccer', 'basketball', 'baseball',
  'hockey', 'golf', 'fitness', 'ruled out', 'sidelined', 'semi-final', 'semi-finals', 'quarter-final', 'quarter-finals',
  'wimbledon', 'olympic', 'olympics', 'athletics', 'innings', 'wicket', 'wickets', 'grand slam', 'six nations', 'scrum',
  'fly-half', 'winger', 'caps', 'seed', 'seeded', 'goal', 'goals', 'scored', 'manager', 'champions', 'medal', 'race',
  'marathon', 'sprinter', 'hamstring', 'groin', 'knee', 'ankle',
];

/** Words of violence, disaster or crime: with any of them, an article's injuries are casualties even in sport news. */
export const VIOLENCE_WORDS: readonly string[] = [
  'shooting', 'shootings', 'gunman', 'gunmen', 'gunfire', 'gunshot', 'gunshots', 'gun', 'guns', 'stabbed', 'stabbing',
  'bomb', 'bombs', 'bombing', 'bomber', 'blast', 'blasts', 'explosion', 'explosions', 'murder', 'murdered', 'assault',
  'assaulted', 'troops', 'soldiers', 'militants', 'stampede', 'crush', 'riot', 'riots', 'violence', 'earthquake',
  'tsunami', 'police', 'arrested', 'killed',
  // Accidents and disasters hurt players and fans too: a team coach that crashed, a stand that collapsed.
  'crash', 'crashed', 'crashes', 'collision', 'collided', 'accident', 'fire', 'blaze', 'collapse', 'collapsed',
  'attack', 'attacked', 'attacker', 'clashes', 'clashed', 'flood', 'floods', 'storm', 'hurricane', 'tornado',
];

/**
 * Stems of a cause of violent or untimely death (violence, crime, accident, disaster, epidemic, war) or of a casualty
 * report: an article with none of them that tells of a death ("Actress Patsy Rowlands has died", "Ray Charles, who
 * died") is an obituary, a natural death like "died of cancer" (NATURAL_DEATH_CAUSES). Regular-expression sources,
 * matched at a word start ("cars?\\b" so that "career" is none).
 */
export const DEATH_CAUSE_STEMS: readonly string[] = [
  'shot', 'shoot', 'gun', 'attack', 'kill', 'slain', 'slay', 'stab', 'murder', 'homicide', 'manslaughter', 'assault',
  'bomb', 'blast', 'explo', 'crash', 'accident', 'collision', 'collide', 'fire', 'blaze', 'burn', 'flood', 'storm',
  'hurricane', 'cyclone', 'typhoon', 'tornado', 'earthquake', 'quake', 'tsunami', 'avalanche', 'landslide', 'mudslide',
  'famine', 'drought', 'wars?\\b', 'conflict', 'fighting', 'troops', 'soldier', 'militant', 'rebel', 'suicide', 'overdose',
  'drown', 'strangl', 'beat(?:en|ing)?\\b', 'poison', 'execut', 'hanged', 'disaster', 'epidemic', 'pandemic', 'outbreak', 'virus',
  'wreck', 'derail', 'capsiz', 'sank', 'sinking', 'collaps', 'injur', 'wound', 'victim', 'casualt', 'toll', 'inquest',
  'police', 'crush', 'stampede', 'riot', 'violen', 'terror', 'massacre', 'genocide', 'holocaust', 'crucif', 'lynch',
  'hostage', 'kidnap', 'abduct', 'missing', 'bodies', 'body', 'coroner', 'post-mortem', 'autopsy', 'investigat', 'arrest',
  'protest', 'demonstrat', 'unrest', 'clash', 'hit by', 'struck', 'cars?\\b', 'vehicle', 'fell\\b', 'fall', 'hack',
  'raid', 'scene', 'life support',
];

/** Words before "bodies" that make them institutions or things, not the dead: "100,000 public bodies", "governing bodies". */
export const INSTITUTION_BODY_WORDS: readonly string[] = [
  'public', 'governing', 'regulatory', 'professional', 'government', 'official', 'statutory', 'sporting', 'advisory',
  'representative', 'international', 'national', 'elected', 'celestial', 'heavenly', 'legislative', 'funding',
  'industry', 'trade', 'standards', 'oversight', 'student', 'water', 'parent', 'umbrella', 'arms-length',
  'quasi-governmental', 'administrative', 'local', 'academic', 'religious', 'intergovernmental', 'supervisory',
];
