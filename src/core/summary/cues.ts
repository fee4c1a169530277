import { MONTH_WORD } from '../text/dates.ts';

/**
 * Cue patterns the summariser reads (data only). Each is built from literal alternatives and bounded repetitions of
 * disjoint classes (\W+ then \w+), so none can backtrack badly on hostile input.
 */

const NUMBER = String.raw`(?:\d[\d,.]{0,15}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|scores|hundreds|thousands|tens)`;
const CASUALTY = String.raw`(?:killed|dead|died|deaths?|wounded|injured|injuries|hurt|missing|captured|abducted|kidnapped|displaced|lost (?:their|his|her) li(?:ves|fe)|slain|casualties)`;

/**
 * A casualty figure: a number followed within six words by a casualty word ("three of its troops were killed"), or
 * after a finite verb of harm ("killed at least 40 people", "kills 27"; not "after killing 14", background as often as not).
 */
export const CASUALTY_FIGURE = new RegExp(
  String.raw`\b${NUMBER}\b(?:\W+\w+){0,6}?\W+${CASUALTY}\b|\b(?:kill(?:s|ed)|wound(?:s|ed)|injur(?:es|ed))\s+(?:(?:at least|more than|nearly|about|some|over|up to)\s+)?${NUMBER}\b`,
  'i',
);

/** A ceasefire named outright (preferred as the ceasefire sentence of a summary). */
export const CEASEFIRE_STRONG = /\b(?:cease-?fires?|truce|armistice|cessation of hostilities)\b/i;

/** A ceasefire or a peace deal, named in any of the usual ways. */
export const CEASEFIRE_ANY = /\b(?:cease-?fires?|truce|armistice|peace (?:deal|agreement|accord)|cessation of hostilities)\b/i;

/** Mediation: brokering, mediating, offering good offices or help to settle. */
export const MEDIATION = /\b(?:mediat(?:e|ed|es|ing|ion|or|ors)|brokered|broker|facilitat(?:e|ed|ing)|peace talks|good offices|peace initiative|shuttle diplomacy)\b/i;

/** Marks of background rather than current events ("after the war", "last year", "in the 1990s"). */
export const BACKGROUND = /\b(?:last (?:year|month)|years? ago|decades? ago|in the (?:19|20)\d0s|after the war|during the war|since the (?:end|war|conflict|fighting|invasion|start)|(?:been killed|have died) since)\b/i;

/** Openings that lean on an earlier sentence: a pronoun or a connective ("He said", "But", "This"). */
export const DANGLING_START = /^["'‘“]?(?:he|she|it|they|them|his|her|its|their|this|that|these|those|but|and|so|also|however|yet|still|then|meanwhile|instead)\b/i;

/** A sentence that asks rather than tells (teasers: "Sick of awkward portraits?"). */
export const QUESTION_END = /\?["'’”)]*\s*$/;

/**
 * Page furniture that extraction glues in front of real text ("Scroll down for video Gordon Brown, pictured, ...", a
 * share widget "Share this withEmailFacebook…Copy this linkResearchers found …", "Media playback is not supported on
 * this deviceLang, who …", a time stamp "Updated Jul 7, 2012 6:40 PM ET Juventus are …").
 * Such a sentence is kept without its prefix rather than dropped as boilerplate.
 */
export const GLUED_FURNITURE = new RegExp(
  String.raw`^(?:(?:scroll down for (?:video|more)|advertisement)\b|share this with[a-z]{0,120}?copy this link|media playback is (?:not supported|unsupported) on (?:this|your) device|(?:updated|published|posted|last updated):? ${MONTH_WORD}\.? \d{1,2},? \d{4},?(?: \d{1,2}:\d\d(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4}\b)?)?)[\s:.\u2013\u2014-]*`,
  'i',
);

const SAYING = String.raw`(?:said|says|say|added|adds|told|tells|wrote|writes|explained|explains|reads?|commented|asked|asks|insisted|warned|claimed|tweeted|posted|continued|revealed|admitted|stated|replied|recalled|noted|declared|joked|concluded|argued|confirmed|announced|urged|described)`;

/** A kicker that opens a teaser, a caption or page furniture: "UPDATE:", "Exclusive -", "Pictured:", "Scroll down for video". */
export const LABEL_KEYWORD = /^["'‘“]?(?:(?:update|exclusive|breaking|watch|pictured|video)\s*[:\u2013\u2014-]|scroll down for (?:video|more)\b)/i;

/**
 * An opening label with a colon that marks a caption rather than a statement: an all-capitals label ("CLAIM: MP Jesse
 * Norman ...") or a short title-case one ("Flying high: Half of the kite ..."). A colon after a pronoun or a verb of
 * saying ("He said: 'We won'", "Mr Rose added:") introduces a quote, not a label.
 */
export const LABEL_OPENING = new RegExp(
  String.raw`^["'‘“]?(?:[A-Z][A-Z0-9'’&.-]+(?: [A-Z0-9'’&.-]+){0,4}:(?=\s)` +
    String.raw`|(?!(?:He|She|It|They|We|I|You|But|And|This|That|These|Those|One|There|Here|His|Her|Their|Our|My)\b)[A-Z][\w'’-]*(?: (?!${SAYING}\b)[\w'’-]+){0,3}:(?=\s))`,
);

/** A reference to a picture, as photo captions have: "(pictured)", "(left)", "(file photo)", "pictured here". */
export const PHOTO_REFERENCE = /\((?:pictured|left|right|centre|center|above|below|top|bottom|file photo|stock image|inset)\b[^)]{0,30}\)|\bpictured\b/i;
