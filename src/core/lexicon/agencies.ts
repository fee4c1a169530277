/**
 * News agencies and outlets that articles cite as sources: `canonical; alias, alias`.
 * All-caps acronyms (AP, AFP) match case-sensitively; other names match case-insensitively.
 */
export const AGENCY_ROWS: readonly string[] = [
  'AP; Associated Press, The Associated Press',
  'Reuters; Reuters news agency, Thomson Reuters',
  'AFP; Agence France-Presse, Agence France Presse, France-Presse',
  'TASS; ITAR-TASS, Tass',
  'RIA Novosti; RIA, RIA-Novosti',
  'Interfax; ',
  'Xinhua; Xinhua News Agency',
  'Trend; Trend news agency, Trend News Agency',
  'Armenpress; ARMENPRESS',
  'APA; Azeri Press Agency',
  'Mehr; Mehr News Agency, Mehr News',
  'IRNA; Islamic Republic News Agency',
  'Fars; Fars News Agency',
  'Tasnim; Tasnim News Agency',
  'ISNA; Iranian Students News Agency',
  'Press TV; PressTV',
  'Anadolu; Anadolu Agency, Anadolu news agency, AA',
  'SANA; Syrian Arab News Agency',
  'Al Jazeera; Al-Jazeera, Aljazeera',
  'Al Arabiya; Al-Arabiya',
  'BBC; BBC News, British Broadcasting Corporation',
  'CNN; ',
  'Voice of America; VOA',
  'Radio Free Europe/Radio Liberty; RFE/RL, Radio Free Europe, Radio Liberty',
  'Deutsche Welle; DW',
  'dpa; Deutsche Presse-Agentur, DPA',
  'EFE; ',
  'ANSA; ',
  'Kyodo; Kyodo News',
  'Yonhap; Yonhap News Agency',
  'PTI; Press Trust of India',
  'APP; Associated Press of Pakistan',
  'WAFA; ',
  'Saba; Saba News Agency',
  'KUNA; Kuwait News Agency',
  'SPA; Saudi Press Agency',
  'WAM; Emirates News Agency',
  'MENA; Middle East News Agency',
  'Tolo News; TOLOnews, ToloNews',
  'Pajhwok; Pajhwok Afghan News',
  'Rudaw; ',
  'Kurdistan 24; ',
  'The New York Times; New York Times, NYT',
  'The Washington Post; Washington Post',
  'The Wall Street Journal; Wall Street Journal, WSJ',
  'The Guardian; Guardian',
  'The Times; ',
  'The Independent; ',
  'The Telegraph; Daily Telegraph',
  'Daily Mail; MailOnline, Mail Online',
  'Sky News; ',
  'NBC News; NBC',
  'CBS News; CBS',
  'ABC News; ABC',
  'Fox News; ',
  'NPR; National Public Radio',
  'Bloomberg; ',
  'Politico; ',
  'The Hill; ',
  'Axios; ',
  'Haaretz; ',
  'The Times of Israel; Times of Israel',
  'The Jerusalem Post; Jerusalem Post',
  'Dawn; ',
  'Tehran Times; ',
  'Hurriyet; ',
  'Le Monde; ',
  'Der Spiegel; Spiegel',
  'RT; Russia Today',
  'Sputnik; ',
  'Twitter; ',
];

/** Cue words before or after an agency name that make "Trend", "Dawn" or "Guardian" a cited source, not a word. */
export const SOURCE_CUES: readonly string[] = [
  'reported', 'reports', 'report', 'told', 'quoted', 'quoting', 'according to', 'news agency', 'cited', 'citing',
  'said', 'agency', 'correspondent', 'reporter', 'told the', 'in an interview with', 'state-run', 'state media',
];

/** Agency names that are also ordinary English words: cited only with a cue nearby. */
export const AMBIGUOUS_AGENCIES: readonly string[] = [
  'Trend', 'Dawn', 'The Guardian', 'The Times', 'The Independent', 'The Hill', 'Politico', 'Saba', 'Mehr', 'Fars',
  'Twitter', 'Sputnik', 'ABC News', 'The Telegraph', 'Bloomberg',
];

/** Every alias and canonical name of AGENCY_ROWS, with its canonical name ("Agence France-Presse" → "AFP"). */
export const AGENCY_BY_ALIAS: ReadonlyMap<string, string> = new Map(
  AGENCY_ROWS.flatMap((row) => {
    const [canonical = '', rest = ''] = row.split(';').map((p) => p.trim());
    return [canonical, ...rest.split(',').map((a) => a.trim())].filter((a) => a !== '').map((alias): [string, string] => [alias, canonical]);
  }),
);
