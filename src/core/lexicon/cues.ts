/** Words that mark a sentence as carrying a casualty figure, when a number is near. */
export const CASUALTY_CUE = /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|die|wounded|wounds?|injur(?:ed|ies|y)|casualt(?:y|ies)|lost (?:their|his|her) li(?:ves|fe)|missing|captured|abducted|kidnapped|displaced|fled|refugees|hurt|shot|slain|toll)\b/i;
/** A figure: digits or a number word. */
export const NUMBER_CUE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands|tens)\b/i;
/** Words about a ceasefire or truce. */
export const CEASEFIRE_CUE = /\b(?:cease-?fire|truce|armistice|peace (?:deal|agreement|accord)|cessation of hostilities)\b/i;
/** Words about mediation. */
export const MEDIATION_CUE = /\b(?:mediat(?:e|ed|es|ing|ion|or)|brokered|broker|facilitat(?:e|ed|ing)|peace talks|negotiations|good offices)\b/i;
/** Openings that lean on a previous sentence ("He said", "But", "This"). */
export const DANGLING_START = /^["']?(?:he|she|it|they|them|his|her|its|their|this|that|these|those|but|and|so|also|however|yet|still|then|meanwhile)\b/i;
