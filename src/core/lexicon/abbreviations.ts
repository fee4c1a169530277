/** Abbreviations that never end a sentence: titles and ranks written before a name. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'gov', 'sen', 'rep', 'amb',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'pfc', 'spc', 'brig', 'lieut', 'supt', 'insp',
  'det', 'mt', 'ft', 'sec', 'atty', 'mssrs', 'mme', 'mlle', 'sheikh',
];

/** Abbreviations usually followed by a number or a day ("No. 10", "Jan. 3", "Art. 5"). */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'art', 'vol', 'p', 'pp', 'fig', 'figs', 'ch', 'sec', 'para', 'ed', 'op', 'est', 'approx', 'ca', 'c',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Abbreviations that may end a sentence, but usually do not ("Acme Inc. said", "vs. Iran"). */
export const OTHER_ABBREVIATIONS: readonly string[] = [
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy', 'vs', 'v',
  'etc', 'al', 'cf', 'viz', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ala', 'ariz',
  'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
];

/** OTHER_ABBREVIATIONS that are also English words: written in lower case ("iron ore.", "fell ill."), they are words. */
export const ABBREVIATIONS_ALSO_WORDS: readonly string[] = ['ark', 'ill', 'mass', 'miss', 'ore', 'wash', 'sat', 'sun', 'wed'];

/**
 * Words that, capitalised after an abbreviation such as "U.S." or "p.m.", show that a new sentence starts
 * ("... in the U.S. The next day ..."), where a name would not ("U.S. President ...").
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'after', 'before', 'when', 'while',
  'if', 'as', 'since', 'because', 'although', 'however', 'meanwhile', 'also', 'then', 'now', 'one', 'some', 'many',
  'most', 'all', 'both', 'no', 'not', 'what', 'who', 'why', 'how', 'where', 'officials', 'police', 'authorities',
  'earlier', 'later', 'last', 'according', 'for', 'from', 'by', 'with', 'during', 'about', 'more', 'several',
];

/**
 * Words after which a capitalised "The", "A" or "An" is part of the sentence ("told The Times", "vitamin A levels",
 * "Plan A was"), not the start of a new one glued on without punctuation (see segment.ts, glued captions).
 */
export const GLUE_BLOCKERS: readonly string[] = [
  'of', 'in', 'at', 'on', 'to', 'by', 'for', 'from', 'with', 'and', 'or', 'nor', 'but', 'as', 'than', 'the', 'a', 'an',
  'into', 'onto', 'about', 'like', 'via', 'called', 'named', 'dubbed', 'titled', 'entitled', 'starring', 'told', 'is',
  'was', 'are', 'were', 'be', 'been', 'being', 'said', 'says', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when',
  'where', 'while', 'if', 'so', 'not', 'vitamin', 'plan', 'type', 'grade', 'category', 'class', 'group', 'hepatitis',
  'exhibit', 'section', 'part', 'level', 'block', 'gate', 'row', 'option', 'division', 'series', 'serie', 'team',
  'nurse', 'patient', 'witness', 'person', 'list', 'point', 'side', 'wing', 'road', 'route', 'zone', 'pool',
  'terminal', 'platform', 'stand', 'tier', 'league', 'box', 'size', 'cup', 'figure',
  'infra-red', 'infrared', 'red', 'form', 'formula', 'model', 'version', 'track', 'side', 'page', 'appendix',
];
