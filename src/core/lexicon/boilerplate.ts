/**
 * Patterns of page furniture that is not news: licence and copyright lines, calls to read, subscribe or share,
 * bylines and photo credits. Each is anchored or literal, so none can backtrack badly.
 */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /\b(?:licen[cs]ed under|creative commons|all rights reserved|copyright ©?|©)/i,
  /^(?:read more|read the full|click here|subscribe|sign up|follow us|share this|share on|like us on|download our app)\b/i,
  /\b(?:subscribe to (?:our|the) newsletter|sign up for (?:our|the) newsletter|follow us on|share this (?:article|story|with))\b/i,
  /^(?:[Bb]y|BY|[Ff]rom|FROM) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,? (?:staff|correspondent|reporter|editor|and [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?))?\.?$/,
  /^(?:photo|image|picture|video|credit|source|caption|getty images|reuters photo)s?\s*(?::|by\b)/i,
  /\((?:getty images|ap photo|afp|reuters|photo[^)]{0,40})\)\s*$/i,
  /^(?:published|updated|last updated|posted)\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d)/i,
  // A wiki section heading ("==Victims==").
  /^={2,}[^=]{1,80}={2,}$/,
  /^media playback is (?:not supported|unsupported) on (?:this|your) device/i,
  /^(?:advertisement|scroll down for video|related articles?|more on this story|see also)\b/i,
  // BBC-style labels ("Image caption Rescuers search …", "Media caption …", "Image source, Getty Images"), "Related:"
  // links, and a photo agency standing alone as a credit line.
  /^(?:image|media|video) (?:caption|source|copyright)\b/i,
  /^related\s*:/i,
  /^(?:getty images|afp(?: via getty images)?|ap photo|reuters|epa|pa media|shutterstock)\.?$/i,
  // A map or chart legend: a key drawn with block characters ("██ Syrian Arab Republic ██ Syrian opposition …").
  /^[^\p{L}\p{N}]{0,4}[\u2580-\u259f]/u,
];
