/**
 * Places and actors as data: countries (aliases, demonyms, capitals used as metonyms), armed and non-state groups,
 * international organisations, regions and cities. Rows are `canonical; capital; alias, alias, ...`; an alias ending
 * in "+" stands for itself and its plural in -s ("Albanian+" is "Albanian, Albanians").
 * Lookups are case-insensitive, except all-caps acronyms of up to 5 letters ("IS", "US"), which must match case.
 */

/** Countries: `name; capital; aliases and demonyms`. */
export const COUNTRY_ROWS: readonly string[] = [
  'Afghanistan; Kabul; Afghan+, Afghani',
  'Albania; Tirana; Albanian+',
  'Algeria; Algiers; Algerian+',
  'Angola; Luanda; Angolan+',
  'Argentina; Buenos Aires; Argentine, Argentinian+',
  'Armenia; Yerevan; Armenian+, Republic of Armenia',
  'Australia; Canberra; Australian+',
  'Austria; Vienna; Austrian+',
  'Azerbaijan; Baku; Azerbaijani+, Azeri+, Republic of Azerbaijan',
  'Bahrain; Manama; Bahraini+',
  'Bangladesh; Dhaka; Bangladeshi+',
  'Belarus; Minsk; Belarusian+',
  'Belgium; Brussels; Belgian+',
  'Bosnia and Herzegovina; Sarajevo; Bosnia, Bosnian+',
  'Brazil; Brasilia; Brazilian+',
  'Burkina Faso; Ouagadougou; Burkinabe',
  'Burundi; Gitega; Burundian+',
  'Cameroon; Yaounde; Cameroonian+',
  'Canada; Ottawa; Canadian+',
  'Central African Republic; Bangui; CAR',
  'Chad; N\'Djamena; Chadian, Chadians',
  'China; Beijing; Chinese, PRC, People\'s Republic of China',
  'Colombia; Bogota; Colombian+',
  'Croatia; Zagreb; Croatian+, Croat+',
  'Cuba; Havana; Cuban+',
  'Cyprus; Nicosia; Cypriot+',
  'Democratic Republic of the Congo; Kinshasa; Democratic Republic of Congo, DR Congo, DRC, Congolese',
  'Denmark; Copenhagen; Danish, Dane+',
  'Egypt; Cairo; Egyptian+',
  'Eritrea; Asmara; Eritrean+',
  'Ethiopia; Addis Ababa; Ethiopian+',
  'Finland; Helsinki; Finnish, Finn+',
  'France; Paris; French',
  'Georgia; Tbilisi; Georgian+',
  'Germany; Berlin; German+',
  'Greece; Athens; Greek+',
  'India; New Delhi; Indian+',
  'Indonesia; Jakarta; Indonesian+',
  'Iran; Tehran; Iranian+, Islamic Republic, Islamic Republic of Iran, Persian',
  'Iraq; Baghdad; Iraqi+',
  'Ireland; Dublin; Irish, Republic of Ireland',
  'Israel; Jerusalem; Israeli+',
  'Italy; Rome; Italian+',
  'Japan; Tokyo; Japanese',
  'Jordan; Amman; Jordanian+',
  'Kazakhstan; Astana; Kazakh+',
  'Kenya; Nairobi; Kenyan+',
  'Kosovo; Pristina; Kosovar+',
  'Kuwait; Kuwait City; Kuwaiti+',
  'Kyrgyzstan; Bishkek; Kyrgyz',
  'Lebanon; Beirut; Lebanese',
  'Libya; Tripoli; Libyan+',
  'Mali; Bamako; Malian+',
  'Mexico; Mexico City; Mexican+',
  'Moldova; Chisinau; Moldovan+',
  'Morocco; Rabat; Moroccan+',
  'Mozambique; Maputo; Mozambican+',
  'Myanmar; Naypyidaw; Burma, Burmese',
  'Netherlands; Amsterdam; Dutch, Holland',
  'New Zealand; Wellington; New Zealander+',
  'Niger; Niamey; Nigerien+',
  'Nigeria; Abuja; Nigerian+',
  'North Korea; Pyongyang; North Korean+, DPRK',
  'Norway; Oslo; Norwegian+',
  'Oman; Muscat; Omani+',
  'Pakistan; Islamabad; Pakistani+',
  'Palestine; Ramallah; Palestinian+, Palestinian Authority, Palestinian territories',
  'Philippines; Manila; Filipino+, Philippine',
  'Poland; Warsaw; Polish, Pole+',
  'Qatar; Doha; Qatari+',
  'Russia; Moscow; Russian+, Russian Federation, Kremlin',
  'Rwanda; Kigali; Rwandan+',
  'Saudi Arabia; Riyadh; Saudi+, Kingdom of Saudi Arabia',
  'Serbia; Belgrade; Serbian+, Serb+',
  'Somalia; Mogadishu; Somali+',
  'South Africa; Pretoria; South African+',
  'South Korea; Seoul; South Korean+',
  'South Sudan; Juba; South Sudanese',
  'Spain; Madrid; Spanish, Spaniard+',
  'Sri Lanka; Colombo; Sri Lankan+',
  'Sudan; Khartoum; Sudanese',
  'Sweden; Stockholm; Swedish, Swede+',
  'Switzerland; Bern; Swiss',
  'Syria; Damascus; Syrian+',
  'Taiwan; Taipei; Taiwanese',
  'Tajikistan; Dushanbe; Tajik+',
  'Thailand; Bangkok; Thai+',
  'Tunisia; Tunis; Tunisian+',
  'Turkey; Ankara; Turkish, Turks, Türkiye',
  'Uganda; Kampala; Ugandan+',
  'Ukraine; Kyiv; Ukrainian+, Kiev',
  'United Arab Emirates; Abu Dhabi; UAE, Emirati+',
  'United Kingdom; London; UK, U.K., Britain, Great Britain, British, Briton+',
  'United States; Washington; US, U.S., USA, U.S.A., America, American+, United States of America, White House, Pentagon',
  'Uzbekistan; Tashkent; Uzbek+',
  'Venezuela; Caracas; Venezuelan+',
  'Vietnam; Hanoi; Vietnamese',
  'Yemen; Sanaa; Yemeni+, Sana\'a',
  'Zimbabwe; Harare; Zimbabwean+',
  // The other UN members and observers (capitals that are also common first names, e.g. Sofia and Santiago, are left out).
  'Andorra; Andorra la Vella; Andorran+',
  'Antigua and Barbuda; ; Antiguan+',
  'Bahamas; Nassau; Bahamian+, The Bahamas',
  'Barbados; Bridgetown; Barbadian+',
  'Belize; Belmopan; Belizean+',
  'Benin; Porto-Novo; Beninese',
  'Bhutan; Thimphu; Bhutanese',
  'Bolivia; La Paz; Bolivian+',
  'Botswana; Gaborone; Botswanan, Batswana',
  'Brunei; Bandar Seri Begawan; Bruneian+',
  'Bulgaria; ; Bulgarian+',
  'Cambodia; Phnom Penh; Cambodian+',
  'Cape Verde; Praia; Cape Verdean, Cabo Verde',
  'Chile; ; Chilean+',
  'Comoros; Moroni; Comorian+',
  'Republic of the Congo; Brazzaville; Congo-Brazzaville',
  'Costa Rica; ; Costa Rican+',
  'Ivory Coast; Yamoussoukro; Ivorian+, Cote d\'Ivoire, Côte d\'Ivoire',
  'Czech Republic; Prague; Czech+, Czechia',
  'Djibouti; ; Djiboutian+',
  'Dominica; Roseau; ',
  'Dominican Republic; Santo Domingo; ',
  'Ecuador; Quito; Ecuadorian+',
  'El Salvador; San Salvador; Salvadoran+, Salvadorian',
  'Equatorial Guinea; Malabo; Equatoguinean',
  'Estonia; Tallinn; Estonian+',
  'Eswatini; Mbabane; Swaziland, Swazi+',
  'Fiji; Suva; Fijian+',
  'Gabon; Libreville; Gabonese',
  'Gambia; Banjul; Gambian+, The Gambia',
  'Ghana; Accra; Ghanaian+',
  'Grenada; ; Grenadian+',
  'Guatemala; Guatemala City; Guatemalan+',
  'Guinea; Conakry; Guinean+',
  'Guinea-Bissau; Bissau; ',
  'Guyana; ; Guyanese',
  'Haiti; Port-au-Prince; Haitian+',
  'Honduras; Tegucigalpa; Honduran+',
  'Hungary; Budapest; Hungarian+',
  'Iceland; Reykjavik; Icelandic, Icelander+',
  'Jamaica; ; Jamaican+',
  'Kiribati; Tarawa; ',
  'Laos; Vientiane; Laotian+, Lao',
  'Latvia; Riga; Latvian+',
  'Lesotho; Maseru; Basotho',
  'Liberia; Monrovia; Liberian+',
  'Liechtenstein; Vaduz; ',
  'Lithuania; Vilnius; Lithuanian+',
  'Luxembourg; ; Luxembourger+',
  'Madagascar; Antananarivo; Malagasy, Madagascan',
  'Malawi; Lilongwe; Malawian+',
  'Malaysia; Kuala Lumpur; Malaysian+',
  'Maldives; Malé; Maldivian+',
  'Malta; Valletta; Maltese',
  'Marshall Islands; Majuro; Marshallese',
  'Mauritania; Nouakchott; Mauritanian+',
  'Mauritius; Port Louis; Mauritian+',
  'Micronesia; Palikir; Micronesian',
  'Monaco; ; Monegasque',
  'Mongolia; Ulaanbaatar; Mongolian+, Ulan Bator',
  'Montenegro; Podgorica; Montenegrin+',
  'Namibia; Windhoek; Namibian+',
  'Nauru; ; Nauruan',
  'Nepal; Kathmandu; Nepali, Nepalese',
  'Nicaragua; Managua; Nicaraguan+',
  'North Macedonia; Skopje; Macedonia, Macedonian+',
  'Palau; Ngerulmud; Palauan',
  'Panama; Panama City; Panamanian+',
  'Papua New Guinea; Port Moresby; Papua New Guinean',
  'Paraguay; Asuncion; Paraguayan+, Asunción',
  'Peru; Lima; Peruvian+',
  'Portugal; Lisbon; Portuguese',
  'Romania; Bucharest; Romanian+',
  'Saint Kitts and Nevis; Basseterre; ',
  'Saint Lucia; Castries; ',
  'Saint Vincent and the Grenadines; Kingstown; ',
  'Samoa; Apia; Samoan+',
  'San Marino; ; Sammarinese',
  'Sao Tome and Principe; ; São Tomé and Príncipe',
  'Senegal; Dakar; Senegalese',
  'Seychelles; ; Seychellois',
  'Sierra Leone; Freetown; Sierra Leonean+',
  'Singapore; ; Singaporean+',
  'Slovakia; Bratislava; Slovak+',
  'Slovenia; Ljubljana; Slovenian+, Slovene+',
  'Solomon Islands; Honiara; Solomon Islander+',
  'Suriname; Paramaribo; Surinamese',
  'Tanzania; Dodoma; Tanzanian+',
  'Timor-Leste; Dili; East Timor, Timorese',
  'Togo; Lome; Togolese, Lomé',
  'Tonga; Nuku\'alofa; Tongan, Tongans',
  'Trinidad and Tobago; Port of Spain; Trinidadian+',
  'Turkmenistan; Ashgabat; Turkmen',
  'Tuvalu; Funafuti; Tuvaluan',
  'Uruguay; Montevideo; Uruguayan+',
  'Vanuatu; Port Vila; ',
  'Vatican City; ; Holy See, Vatican',
  'Zambia; Lusaka; Zambian+',
];

/** Armed and non-state groups: `name; ; aliases`. */
export const GROUP_ROWS: readonly string[] = [
  'Taliban; ; Afghan Taliban, Talibans, Taleban',
  'Islamic State; ; ISIS, ISIL, IS, Isil, Daesh, Daish, Islamic State of Iraq and the Levant, Islamic State of Iraq and Syria, Islamic State group',
  'al-Qaeda; ; al-Qaida, al Qaeda, Al Qaeda, al-Qa\'ida, AQAP, al-Qaeda in the Arabian Peninsula, AQIM',
  'Hamas; ; Izz ad-Din al-Qassam Brigades, Qassam Brigades',
  'Hezbollah; ; Hizbollah, Hizballah, Hizbullah',
  'Palestinian Islamic Jihad; ; Islamic Jihad, PIJ',
  'Fatah; ; ',
  'al-Shabab; ; al-Shabaab, al Shabab, al Shabaab, Shabab, Shabaab',
  'Houthis; ; Houthi, Houthi rebels, Ansar Allah, Ansarullah, Huthi+, Huthi rebels',
  'PKK; ; Kurdistan Workers\' Party, Kurdistan Workers Party',
  'YPG; ; People\'s Protection Units, Kurdish YPG',
  'SDF; ; Syrian Democratic Forces, Kurdish-led Syrian Democratic Forces',
  'ELN; ; National Liberation Army, Ejercito de Liberacion Nacional',
  'FARC; ; Farc, Revolutionary Armed Forces of Colombia',
  'IRA; ; Irish Republican Army, Provisional IRA, Real IRA, New IRA, Continuity IRA',
  'Boko Haram; ; ISWAP, Islamic State West Africa Province',
  'Abu Sayyaf; ; Abu Sayyaf Group, ASG',
  'Moro Islamic Liberation Front; ; MILF',
  'New People\'s Army; ; NPA',
  'Hayat Tahrir al-Sham; ; HTS, Nusra Front, al-Nusra Front, al-Nusra, Jabhat al-Nusra, Jabhat Fateh al-Sham, Jabhat Fatah al-Sham',
  'Syrian rebels; ; Free Syrian Army, FSA, Syrian National Army, Syrian opposition, Syrian rebel',
  'ETA; ; Basque separatists, Euskadi Ta Askatasuna',
  'Jaish al-Adl; ; Jaish al Adal, Jaish al-Adal, Jaish al Adl, Jaish ul-Adl',
  'Peshmerga; ; Kurdish Peshmerga',
  'Naqshbandi Order; ; Naqshbandi Army, Jaysh Rijal al-Tariqa al-Naqshbandia',
  'Southern Transitional Council; ; STC',
  'Wagner Group; ; Wagner',
  'Rapid Support Forces; ; RSF',
  'M23; ; March 23 Movement',
  'Lashkar-e-Taiba; ; LeT, Lashkar-e-Toiba',
  'Jaish-e-Mohammed; ; JeM, Jaish-e-Muhammad',
  'Tehrik-i-Taliban Pakistan; ; TTP, Pakistani Taliban',
  'Tigray People\'s Liberation Front; ; TPLF, Tigray Defence Forces, Tigray Defense Forces, TDF',
  'Janjaweed; ; ',
  'Sudan People\'s Liberation Movement; ; SPLM, SPLA, Sudan People\'s Liberation Army',
  'Popular Mobilization Forces; ; PMF, Hashd al-Shaabi, Popular Mobilisation Forces',
  'Kata\'ib Hezbollah; ; Kataib Hezbollah',
  'Tamil Tigers; ; LTTE, Liberation Tigers of Tamil Eelam, Tamil Tiger',
  'Lord\'s Resistance Army; ; LRA',
  'JNIM; ; Jama\'at Nasr al-Islam wal-Muslimin, Jamaat Nusrat al-Islam wal-Muslimin',
  'Arakan Army; ; ',
  'Myanmar National Democratic Alliance Army; ; MNDAA', 'Ta\'ang National Liberation Army; ; TNLA',
  'Kachin Independence Army; ; ', 'Karen National Union; ; KNU, Karen National Liberation Army, KNLA',
  'People\'s Defence Force; ; People\'s Defense Force, People\'s Defence Forces, People\'s Defense Forces',
  'Allied Democratic Forces; ; ', 'CODECO; ; ', 'Oromo Liberation Army; ; ',
  'Balochistan Liberation Army; ; BLA', 'Islamic State Khorasan Province; ; ISKP, ISIS-K, IS-K',
  'Polisario Front; ; Polisario',
  'Shining Path; ; Sendero Luminoso',
  'Ulster Volunteer Force; ; UVF',
  'Libyan National Army; ; LNA',
  'Barisan Revolusi Nasional; ; BRN',
  'Islamic Revolutionary Guard Corps; ; IRGC, Islamic Revolutionary Guards Corps, Revolutionary Guard Corps, Revolutionary Guards Corps, Revolutionary Guards, Revolutionary Guard, Quds Force',
];

/** International organisations that mediate or urge but are not sides: `name; ; aliases`. */
export const ORGANIZATION_ROWS: readonly string[] = [
  'United Nations; ; UN, U.N., UN Security Council, Security Council, United Nations Security Council, UNSC',
  'European Union; ; EU, E.U.',
  'African Union; ; AU',
  'NATO; ; North Atlantic Treaty Organization',
  'OSCE; ; Organization for Security and Co-operation in Europe, OSCE Minsk Group, Minsk Group',
  'Arab League; ; League of Arab States',
  'ICRC; ; International Committee of the Red Cross, Red Cross',
  'IGAD; ; Intergovernmental Authority on Development',
  'ECOWAS; ; Economic Community of West African States',
  'Organisation of Islamic Cooperation; ; OIC, Organization of Islamic Cooperation',
  'Collective Security Treaty Organization; ; CSTO',
  'Gulf Cooperation Council; ; GCC',
  // Humanitarian bodies: go-betweens only when their evidence says they mediate (HUMANITARIAN_BODIES in roles.ts).
  'Amnesty International; ; ', 'Human Rights Watch; ; HRW', 'Save the Children; ; ',
  'Médecins Sans Frontières; ; MSF, Doctors Without Borders, Medecins Sans Frontieres',
];

/** Regions and sub-national areas: `name; country or empty; aliases`. */
export const REGION_ROWS: readonly string[] = [
  'South Caucasus; ; Caucasus, Transcaucasia',
  'Nagorno-Karabakh; ; Karabakh, Nagorno Karabakh, Artsakh',
  'Kalbajar; Azerbaijan; Kalbajar district, Kalbjar',
  'Gegharkunik; Armenia; Gegharkunik province',
  'Syunik; Armenia; ',
  'Middle East; ; ',
  'Persian Gulf; ; Gulf',
  'Kashmir; ; Jammu and Kashmir',
  'Gaza Strip; Palestine; Gaza',
  'West Bank; Palestine; ',
  'Golan Heights; Syria; Golan',
  'Donbas; Ukraine; Donbass',
  'Crimea; Ukraine; ',
  'Darfur; Sudan; ',
  'Tigray; Ethiopia; ',
  'Amhara; Ethiopia; ', 'Rakhine; Myanmar; Arakan',
  'Mindanao; Philippines; ',
  'Sulu; Philippines; ',
  'Idlib; Syria; Idlib province',
  'Kurdistan; ; Iraqi Kurdistan, Kurdistan Region',
  'Anbar; Iraq; Anbar province, al-Anbar',
  'Helmand; Afghanistan; Helmand province',
  'Maidan Wardak; Afghanistan; Wardak, Wardak province',
  'Sahel; ; ',
  'Balkans; ; ',
  'Northern Ireland; United Kingdom; Ulster',
  'Texas; United States; ',
  'Puerto Rico; United States; ',
  'Balochistan; Pakistan; Baluchistan',
  'Khyber Pakhtunkhwa; Pakistan; ',
  // UK nations, Chinese special regions, US states (Georgia, Washington, Virginia, Montana left out: a country, the capital, first names).
  'England; United Kingdom; ',
  'Scotland; United Kingdom; Scottish',
  'Wales; United Kingdom; ',
  'Hong Kong; China; ',
  'Macau; China; Macao',
  'California; United States; ', 'Florida; United States; ', 'New York State; United States; ', 'Illinois; United States; ',
  'Pennsylvania; United States; ', 'Ohio; United States; ', 'Michigan; United States; ', 'North Carolina; United States; ',
  'South Carolina; United States; ', 'New Jersey; United States; ', 'Arizona; United States; ', 'Massachusetts; United States; ',
  'Tennessee; United States; ', 'Indiana; United States; ', 'Missouri; United States; ', 'Maryland; United States; ',
  'Wisconsin; United States; ', 'Colorado; United States; ', 'Minnesota; United States; ', 'Alabama; United States; ',
  'Louisiana; United States; ', 'Kentucky; United States; ', 'Oregon; United States; ', 'Oklahoma; United States; ',
  'Connecticut; United States; ', 'Utah; United States; ', 'Iowa; United States; ', 'Nevada; United States; ',
  'Arkansas; United States; ', 'Mississippi; United States; ', 'Kansas; United States; ', 'New Mexico; United States; ',
  'Nebraska; United States; ', 'Idaho; United States; ', 'West Virginia; United States; ', 'Hawaii; United States; ',
  'New Hampshire; United States; ', 'Maine; United States; ', 'Rhode Island; United States; ', 'Delaware; United States; ',
  'South Dakota; United States; ', 'North Dakota; United States; ', 'Alaska; United States; ', 'Vermont; United States; ',
  'Wyoming; United States; ',
];

/** Cities other than capitals: `name; country; aliases`. */
export const CITY_ROWS: readonly string[] = [
  'Mosul; Iraq; ', 'Kirkuk; Iraq; ', 'Basra; Iraq; ', 'Fallujah; Iraq; Falluja', 'Ramadi; Iraq; ', 'Tikrit; Iraq; ',
  'Aleppo; Syria; ', 'Homs; Syria; ', 'Raqqa; Syria; ', 'Kobani; Syria; ', 'Deir ez-Zor; Syria; Deir al-Zor',
  'Kandahar; Afghanistan; ', 'Herat; Afghanistan; ', 'Kunduz; Afghanistan; ', 'Jalalabad; Afghanistan; ',
  'Maidan Shahr; Afghanistan; ', 'Mazar-i-Sharif; Afghanistan; ',
  'Aden; Yemen; ', 'Mokha; Yemen; Mocha', 'Hodeidah; Yemen; ', 'Taiz; Yemen; ', 'Marib; Yemen; ',
  'Benghazi; Libya; ', 'Misrata; Libya; ', 'Karachi; Pakistan; ', 'Peshawar; Pakistan; ', 'Lahore; Pakistan; ',
  'Quetta; Pakistan; ', 'Srinagar; India; ', 'Mumbai; India; ', 'Tel Aviv; Israel; ', 'Haifa; Israel; ',
  'Kharkiv; Ukraine; Kharkov', 'Donetsk; Ukraine; ', 'Luhansk; Ukraine; ', 'Mariupol; Ukraine; ', 'Odesa; Ukraine; Odessa',
  'Kherson; Ukraine; ', 'Zaporizhzhia; Ukraine; Zaporizhia', 'Belgorod; Russia; ', 'Gaza City; Palestine; ',
  'Jolo; Philippines; ', 'Marawi; Philippines; ', 'Istanbul; Turkey; ', 'Jeddah; Saudi Arabia; ', 'Abqaiq; Saudi Arabia; ',
  'Goma; Democratic Republic of the Congo; ', 'Maiduguri; Nigeria; ', 'El Fasher; Sudan; ', 'Naivasha; Kenya; ',
  'Christchurch; New Zealand; ', 'El Paso; United States; ', 'Boston; United States; ', 'New York; United States; New York City',
  'Reading; United Kingdom; ', 'Belfast; United Kingdom; ', 'Londonderry; United Kingdom; Derry',
  'Geneva; Switzerland; ', 'Astana; Kazakhstan; ', 'Sochi; Russia; ', 'Stepanakert; ; Khankendi',
  'Shusha; Azerbaijan; Shushi', 'Ganja; Azerbaijan; ', 'Tartus; Syria; ', 'Qamishli; Syria; ', 'Manbij; Syria; ',
  'Ras al-Ain; Syria; ', 'Tal Abyad; Syria; ', 'Erbil; Iraq; Irbil', 'Ain al-Asad; Iraq; ',
  // Cities of recent wars and attacks (towns named in a sentence of fighting are read as its place).
  'Jenin; Palestine; ', 'Nablus; Palestine; ', 'Hebron; Palestine; ', 'Rafah; Palestine; ', 'Eilat; Israel; ',
  'Sderot; Israel; ', 'Ashkelon; Israel; ', 'Beersheba; Israel; Beer Sheva', 'Daraa; Syria; Deraa', 'Latakia; Syria; ',
  'Hama; Syria; ', 'Sidon; Lebanon; ', 'Baalbek; Lebanon; ', 'Sirte; Libya; ', 'Omdurman; Sudan; ', 'Mekelle; Ethiopia; ',
  'Kismayo; Somalia; ', 'Timbuktu; Mali; ', 'Kidal; Mali; ', 'Bunia; Democratic Republic of the Congo; ',
  'Bukavu; Democratic Republic of the Congo; ', 'Naypyitaw; Myanmar; Naypyidaw', 'Mandalay; Myanmar; ',
  'Yangon; Myanmar; Rangoon', 'Antalya; Turkey; ', 'Kursk; Russia; ', 'Lviv; Ukraine; ', 'Dnipro; Ukraine; ',
  'Sumy; Ukraine; ', 'Bakhmut; Ukraine; ', 'Avdiivka; Ukraine; ', 'Pokrovsk; Ukraine; ', 'Kramatorsk; Ukraine; ',
  'Sloviansk; Ukraine; Slovyansk', 'Bucha; Ukraine; ', 'Irpin; Ukraine; ',
  // Large cities named in news (those that are also common first or family names, e.g. Houston, Austin, Charlotte, Sydney,
  // Reno, Boise, are left out).
  'Los Angeles; United States; ', 'Chicago; United States; ', 'Philadelphia; United States; ', 'San Antonio; United States; ',
  'San Diego; United States; ', 'Dallas; United States; ', 'Detroit; United States; ', 'Baltimore; United States; ',
  'Atlanta; United States; ', 'Miami; United States; ', 'Seattle; United States; ', 'Denver; United States; ',
  'Las Vegas; United States; ', 'New Orleans; United States; ', 'Minneapolis; United States; ', 'St. Louis; United States; St Louis',
  'Cleveland; United States; ', 'Pittsburgh; United States; ', 'Cincinnati; United States; ', 'Milwaukee; United States; ',
  'Memphis; United States; ', 'Nashville; United States; ', 'Oakland; United States; ', 'San Francisco; United States; ',
  'Sacramento; United States; ', 'Tampa; United States; ', 'Jacksonville; United States; ', 'Indianapolis; United States; ',
  'Louisville; United States; ', 'Oklahoma City; United States; ', 'Albuquerque; United States; ', 'Tucson; United States; ',
  'Kansas City; United States; ', 'Omaha; United States; ', 'Honolulu; United States; ', 'Fort Worth; United States; ',
  'Baton Rouge; United States; ', 'Des Moines; United States; ', 'Salt Lake City; United States; ', 'Little Rock; United States; ',
  'Fresno; United States; ', 'Long Beach; United States; ', 'Virginia Beach; United States; ', 'Colorado Springs; United States; ',
  'Tulsa; United States; ', 'Wichita; United States; ', 'Bakersfield; United States; ', 'Anaheim; United States; ',
  'Corpus Christi; United States; ', 'Stockton; United States; ', 'Newark; United States; ', 'Greensboro; United States; ',
  'Anchorage; United States; ', 'Fort Wayne; United States; ', 'Jersey City; United States; ', 'Lubbock; United States; ',
  'Scottsdale; United States; ', 'Winston-Salem; United States; ', 'North Las Vegas; United States; ',
  'Chesapeake; United States; ', 'Hialeah; United States; ', 'Spokane; United States; ',
  'Shreveport; United States; ', 'Hartford; United States; ', 'Knoxville; United States; ', 'Chattanooga; United States; ',
  'Fort Lauderdale; United States; ', 'Tallahassee; United States; ', 'Dayton; United States; ', 'Akron; United States; ',
  'Manchester; United Kingdom; ', 'Liverpool; United Kingdom; ', 'Birmingham; United Kingdom; ', 'Leeds; United Kingdom; ',
  'Glasgow; United Kingdom; ', 'Edinburgh; United Kingdom; ', 'Cardiff; United Kingdom; ', 'Bristol; United Kingdom; ',
  'Sheffield; United Kingdom; ', 'Newcastle; United Kingdom; ', 'Nottingham; United Kingdom; ', 'Leicester; United Kingdom; ',
  'Oxford; United Kingdom; ', 'Cambridge; United Kingdom; ', 'Brighton; United Kingdom; ',
  'Barcelona; Spain; ', 'Milan; Italy; ', 'Naples; Italy; ', 'Turin; Italy; ', 'Venice; Italy; ', 'Munich; Germany; ',
  'Hamburg; Germany; ', 'Frankfurt; Germany; ', 'Cologne; Germany; ', 'Marseille; France; Marseilles', 'Lyon; France; ',
  'Rotterdam; Netherlands; ', 'Zurich; Switzerland; ', 'St Petersburg; Russia; St. Petersburg, Saint Petersburg',
  'Shanghai; China; ', 'Wuhan; China; ', 'Guangzhou; China; ', 'Shenzhen; China; ', 'Dubai; United Arab Emirates; ',
  'Osaka; Japan; ', 'Ho Chi Minh City; Vietnam; Saigon', 'Bangalore; India; Bengaluru', 'Kolkata; India; Calcutta',
  'Chennai; India; Madras', 'Hyderabad; India; ', 'Melbourne; Australia; ', 'Brisbane; Australia; ', 'Auckland; New Zealand; ',
  'Toronto; Canada; ', 'Montreal; Canada; ', 'Vancouver; Canada; ', 'Rio de Janeiro; Brazil; ', 'Sao Paulo; Brazil; São Paulo',
  'Johannesburg; South Africa; ', 'Cape Town; South Africa; ', 'Lagos; Nigeria; ', 'Kano; Nigeria; ', 'Mombasa; Kenya; ',
  // Cities named with a Spanish, Portuguese or Arabic word for city, port or saint, or an article ("Ciudad Juárez").
  'Ciudad Juárez; Mexico; Ciudad Juarez', 'Tijuana; Mexico; ', 'Puerto Vallarta; Mexico; ', 'Porto Alegre; Brazil; ',
  'San Pedro Sula; Honduras; ', 'Khan Younis; Palestine; Khan Yunis', 'Deir al-Balah; Palestine; Deir el-Balah',
  'El Geneina; Sudan; Geneina', 'El Obeid; Sudan; ', 'El Arish; Egypt; Al-Arish, Arish', 'Al-Hasakah; Syria; Hasakah, Hassakeh',
];

/**
 * The AP abbreviations of the US states, in the order of their names (REGION_ROWS' states and Georgia, Montana,
 * Virginia and Washington, sorted; "-" for none): read after a town and a comma (facts/entities/towns.ts: "Manassas,
 * Va."), where "Georgia", "Virginia" and "Washington" are the states, not the country, a first name or the capital.
 */
export const US_STATE_ABBREVIATIONS =
  'Ala. - Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. - - Ill. Ind. - Kan.,Kans. Ky. La. - Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb.,Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. - Okla. Ore.,Oreg. Pa. R.I. S.C. S.D. Tenn. Tex. - Vt. Va. Wash. W.Va. Wis.,Wisc. Wyo.';

/**
 * The most named counties of Great Britain that do not end in "shire" (facts/entities/towns.ts reads any capitalised
 * word ending so as one, and Northern Ireland's "County Antrim"…), read only after a town and a comma ("Biggin Hill,
 * Kent", "Newton Aycliffe, County Durham"). Names also of a US state's town ("Durham") are left out.
 */
export const UK_COUNTIES = 'Kent,Essex,Surrey,Sussex,Devon,Cornwall,Somerset,Norfolk,Suffolk,Merseyside,Cumbria,County Durham,Fife,Powys';

/** Words that make a place before them part of another name: a newspaper ("Washington Post"), a team, a firm. */
export const OUTLET_WORDS: readonly string[] = [
  'Post', 'Times', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Chronicle', 'Globe', 'Examiner', 'Observer', 'Telegraph',
  'Courier', 'Inquirer', 'Sentinel', 'Dispatch', 'Standard', 'Independent', 'Register', 'Bee', 'Monitor', 'News',
  // Teams and firms named after their town ("Manchester City", "Leeds United", "Malaysia Airlines"); a place that
  // holds the word in its own name ("Mexico City", "Kansas City") is matched whole before this is asked.
  'City', 'United', 'Rovers', 'Wanderers', 'Athletic', 'FC', 'Airlines', 'Airways', 'Saint-Germain',
  // Streets and squares named after a place lie elsewhere ("Oxford Street" and "Leicester Square" are in London,
  // "Cuba Street" in Wellington, "Pennsylvania Avenue" in Washington); a highway named after its state lies in it.
  'Street', 'Road', 'Avenue', 'Boulevard', 'Lane', 'Square',
];

/**
 * Words right after a city that make it part of a sports club's name ("Nottingham Forest", "Glasgow Rangers", "Cardiff
 * Blues", "Edinburgh Rugby", "Leicester Tigers", "New York Knicks"): the club plays there, but the text names the club,
 * not the city. Asked only after a city (facts/entities/mentions.ts): after a country or a region ("New Zealand Rugby
 * Union", "Texas Rangers") the word more often names a body or a team of the whole country. Words that are also common
 * after a place in other senses ("Red", "County") are left out; "Club" ("the Paris Club" of creditors) names a club.
 * Plurals of agents ("Cleveland Cavaliers", not "Chicago Republicans"), a nation's demonym ("London Irish", not
 * "Boston Irish leaders") and a weekday ("Sheffield Wednesday", not "in London Wednesday") are read by rules in
 * facts/entities/mentions.ts, in sport or when the pair comes back.
 */
export const CLUB_SUFFIXES: readonly string[] = [
  'Forest', 'Rangers', 'Blues', 'Rugby', 'Warriors', 'Tigers', 'Rhinos', 'Tykes', 'Falcons', 'Harlequins', 'Albion',
  'Hotspur', 'Juniors', 'Knicks', 'Hawks', 'Yankees', 'Mets', 'Cubs', 'Braves', 'Giants', 'Dodgers', 'Raiders', 'Jets',
  'Club', 'Sharks',
];

/**
 * Words right before a place that make it part of a football club's name ("Real Madrid", "AC Milan", "Bayern
 * Munich", "FC Barcelona"): the club, not the city.
 */
export const CLUB_PREFIXES: readonly string[] = [
  'Real', 'Atletico', 'Atlético', 'AC', 'Inter', 'FC', 'Bayern', 'Borussia', 'Sporting', 'Dynamo', 'Dinamo', 'Olympique',
];

/**
 * Acronyms in the tables that spell English words: in text written in capitals they are read as the words ("SHE IS
 * LYING", facts/entities/mentions.ts).
 */
export const WORD_ACRONYMS: readonly string[] = ['IS', 'US', 'CAR'];

/**
 * Titles whose "of" names a territorial designation, not where the holder is ("the Duchess of Cambridge", "the Duke of
 * Edinburgh"); "Prince of Wales" and "Princess of Wales" are such titles too (a prince of Monaco reigns there).
 */
export const TERRITORIAL_TITLES: readonly string[] = [
  'Duke', 'Duchess', 'Earl', 'Countess', 'Marquess', 'Marchioness', 'Viscount', 'Viscountess', 'Baron', 'Baroness',
];

/** A resolved actor or place. */
export interface PlaceEntry {
  name: string;
  kind: 'country' | 'group' | 'organization' | 'region' | 'city';
  /** Country the place lies in (the country itself for countries and capitals), or null. */
  country: string | null;
  /** True when the mention was a capital standing for its government ("Baku", "Moscow"). */
  metonym: boolean;
}

const exactCase = new Map<string, PlaceEntry>();
const folded = new Map<string, PlaceEntry>();

function isAcronym(alias: string): boolean {
  // All capitals ("UK", "ISIS") or mixed case with two capitals ("LeT", which "Let's" must not match).
  return alias.length <= 5 && (/^[A-Z0-9.]+$/.test(alias) || /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(alias));
}

function addAlias(alias: string, entry: PlaceEntry): void {
  if (alias === '') return;
  if (isAcronym(alias)) {
    if (!exactCase.has(alias)) exactCase.set(alias, entry);
    return;
  }
  const key = alias.toLowerCase();
  if (!folded.has(key)) folded.set(key, entry);
}

function loadRows(rows: readonly string[], kind: PlaceEntry['kind']): void {
  for (const row of rows) {
    const [name = '', second = '', rest = ''] = row.split(';').map((part) => part.trim());
    const country = kind === 'country' ? name : kind === 'region' || kind === 'city' ? second || null : null;
    const entry: PlaceEntry = { name, kind, country, metonym: false };
    addAlias(name, entry);
    // "Albanian+" stands for "Albanian, Albanians".
    for (const alias of rest.split(',').map((a) => a.trim())) {
      if (alias.endsWith('+')) addAlias(alias.slice(0, -1), entry);
      addAlias(alias.endsWith('+') ? `${alias.slice(0, -1)}s` : alias, entry);
    }
    if (kind === 'country' && second) addAlias(second, { name, kind: 'city', country: name, metonym: true });
  }
}

loadRows(COUNTRY_ROWS, 'country');
loadRows(GROUP_ROWS, 'group');
loadRows(ORGANIZATION_ROWS, 'organization');
loadRows(REGION_ROWS, 'region');
loadRows(CITY_ROWS, 'city');

/** The lower-cased words of an entry's name and written-out aliases ("free", "syrian", "army", "rebels", …). */
export function entryWords(entry: PlaceEntry): Set<string> {
  const words = new Set(entry.name.toLowerCase().split(' '));
  for (const [alias, e] of folded) if (e === entry) for (const w of alias.split(' ')) words.add(w);
  return words;
}

function normalizeMention(mention: string): string {
  return mention
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s$|'$/, '')
    .replace(/^the\s+/i, '')
    .trim();
}

/** Lower-cased first words of every alias of two words or more ("united" for "United States"). */
const PHRASE_FIRST_WORDS = new Set([...folded.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/**
 * False when no phrase of two words or more opening with `word` can be found by lookupPlace: it is not the first word
 * of a known phrase, nor a leading "the" that lookupPlace would drop.
 */
export function mayStartPhrase(word: string): boolean {
  const folded = foldWord(word);
  return folded === 'the' || PHRASE_FIRST_WORDS.has(folded);
}

/** A node of the trie of every alias by its words (lower-cased, curly apostrophes folded), from the root. */
export type AliasNode = Map<string, AliasNode>;

/** Folds a word as the trie holds it: lower case, curly apostrophes as straight ones. */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower;
}

/** The root of the alias trie. */
export const ALIAS_ROOT: AliasNode = new Map();
for (const key of [...exactCase.keys(), ...folded.keys()]) {
  let node = ALIAS_ROOT;
  for (const word of foldWord(key).split(' ')) {
    let next = node.get(word);
    if (next === undefined) node.set(word, (next = new Map()));
    node = next;
  }
}

/**
 * The trie node after `word` under `node`, or undefined when no alias continues the words so far with it. With
 * `last`, the word may also lose a final "'s" or "'" (as lookupPlace drops it from a mention's end).
 */
export function aliasChild(node: AliasNode, word: string, last: boolean): AliasNode | undefined {
  const folded = foldWord(word);
  const next = node.get(folded);
  if (next !== undefined || !last) return next;
  const n = folded.length;
  if (folded.charCodeAt(n - 1) === 0x27) return node.get(folded.slice(0, -1));
  if (n >= 2 && folded.charCodeAt(n - 1) === 0x73 && folded.charCodeAt(n - 2) === 0x27) return node.get(folded.slice(0, -2));
  return undefined;
}

/** Answers already given, by mention: the same words recur within and across articles. Cleared when it grows large. */
const LOOKUPS = new Map<string, WordMemo>();
const MAX_LOOKUPS = 16384;

/**
 * What is known about one mention: its place entry, and room for other pure answers about the same string (whether
 * it can be part of a personal name), so a word costs one lookup however many questions are asked about it.
 */
export interface WordMemo {
  entry: PlaceEntry | null;
  name: boolean | undefined;
  /** mayStartPhrase of the mention. */
  phrase: boolean | undefined;
}

/** The memo of a mention, made (with its place entry) the first time it is asked for. */
export function wordMemo(mention: string): WordMemo {
  let memo = LOOKUPS.get(mention);
  if (memo === undefined) {
    if (LOOKUPS.size >= MAX_LOOKUPS) LOOKUPS.clear();
    memo = { entry: findPlace(mention), name: undefined, phrase: undefined };
    LOOKUPS.set(mention, memo);
  }
  return memo;
}

/** Looks up a mention ("Azeri", "Baku", "ISIS", "Mosul") in every table; null when unknown. */
export function lookupPlace(mention: string): PlaceEntry | null {
  return wordMemo(mention).entry;
}

/** lookupPlace without keeping the answer: for one-off phrases (an organisation's name), which would crowd the memo. */
export function lookupPlaceOnce(mention: string): PlaceEntry | null {
  return LOOKUPS.get(mention)?.entry ?? findPlace(mention);
}

function findPlace(mention: string): PlaceEntry | null {
  const clean = normalizeMention(mention);
  const exact = exactCase.get(clean);
  if (exact) return exact;
  if (isAcronym(clean)) return null;
  return folded.get(clean.toLowerCase()) ?? null;
}

/** The canonical side named by a mention: a country (by name, demonym or capital) or an armed group; else null. */
export function canonicalParty(mention: string): string | null {
  const entry = lookupPlace(mention);
  if (!entry) return null;
  if (entry.kind === 'country' || entry.kind === 'group') return entry.name;
  if (entry.metonym) return entry.country;
  return null;
}

/** Canonical name of any actor (country, capital, armed group or international organisation); else null. */
export function canonicalActor(mention: string): string | null {
  const entry = lookupPlace(mention);
  if (!entry) return null;
  if (entry.kind === 'organization') return entry.name;
  return canonicalParty(mention);
}

/** The country a place lies in ("Kalbajar" → "Azerbaijan", "Baku" → "Azerbaijan"), or null. */
export function countryOf(place: string): string | null {
  return lookupPlace(place)?.country ?? null;
}
