/**
 * Titles and offices that precede or follow a person's name ("Foreign Ministry spokesman Saeed Khatibzadeh").
 * Heads are the last word of a title; modifiers may stand before a head to make a longer title.
 */

/** Single-word title heads, lower-case. */
export const TITLE_HEADS: readonly string[] = [
  'president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sheikh',
  'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'envoy', 'ambassador',
  'diplomat', 'counterpart', 'chief', 'commander', 'general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant',
  'admiral', 'marshal', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'mp',
  'leader', 'head', 'director', 'chairman', 'chairwoman', 'speaker', 'deputy', 'adviser', 'advisor', 'official',
  'officer', 'inspector', 'superintendent', 'commissioner', 'judge', 'justice', 'prosecutor', 'attorney',
  'negotiator', 'mediator', 'representative', 'coordinator', 'ayatollah', 'cleric', 'imam', 'pope', 'bishop',
  'analyst', 'researcher', 'professor', 'correspondent', 'reporter', 'journalist', 'photojournalist', 'editor',
  'founder', 'militant', 'suspect', 'witness', 'resident', 'gunman',
  'broadcaster', 'actress', 'actor', 'producer', 'referee', 'constable', 'singer', 'coach', 'manager', 'lawyer',
  'comedian', 'rapper', 'presenter', 'photographer', 'businessman', 'businesswoman', 'billionaire', 'pastor', 'rabbi',
  'cardinal', 'archbishop', 'priest', 'novelist', 'author', 'sheriff', 'commandant', 'secretary-general', 'ceo', 'executive',
  'emperor', 'empress', 'veterinarian', 'vet', 'schoolboy', 'schoolgirl', 'fusilier', 'pensioner', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'substitute', 'skipper', 'trooper', 'corporal', 'detective',
  // Offices and trades seldom written before a name, but never part of it ("Treasurer Wayne Swan", "Comptroller Scott
  // Stringer", "Conductor Simon Rattle").
  'treasurer', 'comptroller', 'conductor', 'auditor', 'registrar', 'chaplain', 'magistrate', 'ombudsman', 'investigator',
];

/** Words that extend a title to their right ("Foreign Ministry spokesman", "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'foreign', 'defense', 'defence', 'interior', 'home', 'finance', 'health', 'justice', 'ministry', 'ministers',
  'deputy', 'vice', 'prime', 'first', 'senior', 'acting', 'chief', 'top', 'special', 'state', 'secretary',
  'general', 'army', 'military', 'police', 'security', 'intelligence', 'national', 'supreme', 'former', 'presidential',
  'government', 'provincial', 'district', 'regional', 'local', 'un', 'u.n.', 'us', 'u.s.', 'white', 'house',
  'pentagon', 'kremlin', 'opposition', 'party', 'rebel', 'taliban', 'militia', 'tribal', 'religious', 'spiritual',
  'parliamentary', 'parliament', 'affairs', 'of', 'staff', 'peace', 'lead', 'assistant', 'associate', 'executive',
  'press', 'media', 'public', 'relations', 'information', 'border', 'guard', 'guards', 'office', 'council',
  'lt.', 'gen.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'brig.', 'sen.', 'rep.', 'gov.', 'dr.', 'mr.', 'mrs.', 'ms.',
];

/** Honorifics and abbreviated ranks stripped from the front of a name. */
/** Abbreviated ranks and offices ("Gen.", "Sgt", "Rep."): honorifics, and titles of their own (people.ts, RANK_HEADS). */
export const RANK_ABBREVIATIONS: readonly string[] = 'Gen Lt Col Maj Capt Sgt Adm Brig Rep Gov Spc Cpl Pvt Pte Pfc'.split(' ');

export const HONORIFICS: readonly string[] = [
  // Abbreviations with and without their full stop ("Gen." and "Gen"); "Sen" only with it (Amartya Sen).
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', ...RANK_ABBREVIATIONS].flatMap((a) => [a, `${a}.`]),
  'Sen.', 'Sir', 'Dame', 'Lord', 'Lady', 'Sheikh', 'Ayatollah', 'Imam', 'Pope',
  'King', 'Queen', 'Prince', 'Princess', 'President', 'Prime Minister', 'Minister', 'General', 'Colonel', 'Major',
  'Captain', 'Lieutenant', 'Sergeant', 'Admiral', 'Senator', 'Governor', 'Mayor', 'Chancellor', 'Commander',
  'Secretary', 'Judge', 'Justice', 'Detective', 'Inspector', 'Superintendent', 'Chief', 'Emir', 'Premier', 'Miss',
];

/** Particles allowed inside a personal name ("Abu Bakr al-Baghdadi", "Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = [
  'al', 'al-', 'el', 'bin', 'ibn', 'bint', 'abu', 'abdul', 'van', 'von', 'der', 'de', 'da', 'di', 'du', 'la', 'le',
  'ul', 'ud', 'ben', 'mac', 'st.',
];

/** Words that make a capitalised phrase an institution, not a person ("Foreign Ministry", "Security Council"). */
export const INSTITUTION_WORDS: readonly string[] = [
  'Ministry', 'Council', 'Army', 'Forces', 'Force', 'Police', 'Agency', 'Committee', 'Court', 'Department', 'Parliament',
  'Office', 'Union', 'Organization', 'Organisation', 'Front', 'Movement', 'Brigade', 'Brigades', 'Guard', 'Guards',
  'Corps', 'Party', 'Government', 'Command', 'Directorate', 'Centre', 'Center', 'Observatory', 'Commission',
  'Assembly', 'Bank', 'University', 'Institute', 'Service', 'Services', 'Authority', 'Administration', 'Coalition',
  'Regiment', 'Battalion', 'Division', 'Navy', 'Crescent', 'Cross', 'Bureau', 'Senate', 'Congress', 'Cabinet',
  'Foundation', 'Watch', 'Group', 'Company', 'Corporation', 'Association', 'Federation', 'Alliance', 'Mission',
  // Funds, trusts, societies, boards and institutions ("International Monetary Fund", "Somerset Primary Care Trust",
  // "Fabian Society", "Tourist Board", "Brookings Institution").
  'Fund', 'Trust', 'Society', 'Board', 'Institution',
];

/**
 * Words that make a run holding an institution word a law, a building or a street named after the body, not the body:
 * last ("Parliament Act", "Police Bill", "Parliament Square", "Court Road") or first before "of" ("Act of Parliament",
 * "Houses of Parliament").
 */
export const NOT_BODY_WORDS: readonly string[] = ['Act', 'Acts', 'Bill', 'Bills', 'Houses', 'Square', 'Street', 'Road', 'Avenue', 'Building', 'Buildings'];

/** Capitalised words that never start or sit in a personal name (weekdays, months, sentence openers). */
export const NOT_NAME_WORDS: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'The', 'A', 'An', 'In',
  'On', 'At', 'During', 'After', 'Before', 'When', 'While', 'But', 'And', 'Or', 'This', 'That', 'These', 'Those',
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'Its', 'Earlier', 'Later', 'Also', 'Both',
  'According', 'Following', 'Since', 'Meanwhile', 'However', 'Yesterday', 'Today', 'Tomorrow', 'Tonight', 'Overnight',
  'Separately', 'Elsewhere', 'Instead', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Afterwards',
  'Although', 'Though', 'Because', 'Unlike', 'Like', 'Despite', 'Whether', 'Until', 'Unless', 'Once', 'Where', 'Why',
  'How', 'What', 'Who', 'Whom', 'Whose', 'Which', 'Ultimately', 'Perhaps', 'Still', 'Now', 'Then', 'Only', 'Even',
  'Just', 'Thus', 'Indeed', 'Yet', 'Nor', 'Here', 'There', 'Every', 'Each', 'Another', 'Other', 'Such', 'Several',
  'Few', 'Neither', 'Either', 'Among', 'Amid', 'Against', 'Without', 'Within', 'Under', 'Over', 'Between', 'Through',
  'Throughout', 'Around', 'About', 'Above', 'Below', 'Across', 'Behind', 'Beyond', 'Near', 'Inside', 'Outside', 'Upon',
  'Via', 'Election', 'Injured', 'Video', 'Loading', 'Unavailable', 'Subscribe', 'Thank', 'Thanks', 'Please',
  // Page furniture that comes out of web pages as capitalised pairs ("Related Stories", "Reader Comments").
  'Related', 'Reader', 'Required', 'Email', 'Rights', 'Cancel', 'Share', 'Login', 'Menu', 'Search', 'Print', 'Comment',
  'Tweet', 'Copyright', 'Advertisement', 'Sponsored', 'Some', 'Many', 'Most', 'All', 'No', 'Two', 'Three',
  'One', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'As', 'If', 'Of', 'For', 'To', 'By', 'With', 'From',
  'Last', 'Next', 'Local', 'State', 'Federal', 'Muslim', 'Christian', 'Shiite', 'Sunni', 'Islamic', 'Arab',
  'Western', 'Eastern', 'Northern', 'Southern', 'North', 'South', 'East', 'West', 'Central', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Sir', 'Police', 'Officials', 'Reuters', 'Airport', 'Street', 'Road', 'Mosque', 'Church', 'Cathedral',
  'Hospital', 'Hall', 'Bridge', 'Square', 'Province', 'District', 'Region', 'Republic', 'Kingdom', 'Islands',
  'Sea', 'River', 'Gulf', 'Mount', 'Lake', 'Base', 'Camp', 'Gate', 'Zone', 'Strait', 'Day', 'Week', 'War',
  'Operation', 'News', 'Media', 'Press', 'Times', 'Post', 'International', 'License', 'Creative', 'Commons',
  'Attribution', 'Twitter', 'Facebook', 'Christmas', 'Ramadan', 'Eid', 'God', 'Allah', 'Walmart', 'Boeing',
  // Parties named by their members, which qualify a name rather than sit in it ("Liberal Democrat Paul Tyler", "the
  // Lib Dems", "Democrat John Kerry").
  'Democrat', 'Democrats', 'Dem', 'Dems', 'Republicans', 'Conservatives', 'Tories',
  // Team sheets ("Subs Not Used") and share buttons ("Whatsapp Tumblr", "Pinterest Reddit"): words of page furniture.
  'Not', 'Subs', 'Whatsapp', 'WhatsApp', 'Tumblr', 'Pinterest', 'Reddit', 'LinkedIn', 'Instagram', 'Snapchat',
  // Buttons and captions of news pages ("Close Get Alerts", "Stay Up to date", "Sign Up", "Caption Close").
  'Up', 'Get', 'Me', 'Caption',
  // Photo credits, bylines and time stamps of local news pages ("Buy Photo", "Photo Courtesy", "Contact Katrease
  // Stafford", "Nicole Carr Updated", "Tangelo Park Posted"), and the city sides and quarters of their place names
  // ("Northwest Side").
  'Buy', 'Photo', 'Courtesy', 'Contact', 'Updated', 'Posted', 'Side', 'Northwest', 'Northeast', 'Southwest', 'Southeast',
  // Openers of a clause ("Whenever Joel Currier posts", "Wherever Tom went").
  'Whenever', 'Wherever', 'Whatever', 'Whoever',
  // Storms are named like people ("Hurricane Helene", "Typhoon Haiyan"; not "Storm", also a name: Dylann Storm Roof).
  'Hurricane', 'Typhoon', 'Cyclone', 'Tornado',
  // Amnesty's national sections ("Amnesty Kenya said").
  'Amnesty',
];

/**
 * Capitalised words that end the names of places, organisations, teams, events, works and policies, never a
 * person's ("Wayne Community College", "Manchester United", "Daytona Beach", "Visa Program"): a run of name words
 * that ends with one, or runs straight into one, is no person. Surnames that are also such words (Park, Lane,
 * Bailey, Hill, Stone) are left out.
 */
export const NON_PERSON_HEADS: readonly string[] = [
  'College', 'School', 'Academy', 'University', 'County', 'City', 'United', 'Rovers', 'Wanderers', 'Athletic',
  'Town', 'Valley', 'Beach', 'Falls', 'Springs', 'Heights', 'Hills', 'Island', 'Islands', 'Bay', 'Harbour', 'Harbor',
  'Avenue', 'Boulevard', 'Stadium', 'Arena', 'Hotel', 'Club', 'League', 'Cup', 'Championship', 'Championships',
  'Games', 'Olympics', 'Festival', 'Award', 'Awards', 'Medal', 'Classic', 'Show', 'Prize', 'Trophy', 'Series', 'Studies', 'Program', 'Programme', 'Project',
  'Act', 'Action', 'Arrivals', 'Residents', 'Enforcement', 'Industry', 'Airlines', 'Airways', 'Station', 'Cathedral',
  'Temple', 'Museum', 'Gallery', 'Theatre', 'Theater', 'Library', 'Zoo', 'Prison', 'Magazine', 'Journal', 'Mail',
  'Herald', 'Tribune', 'Telegraph', 'Gazette', 'Records', 'Pictures', 'Studios', 'Productions', 'Entertainment',
  'Motors', 'Inc', 'Ltd', 'Corp', 'LLC', 'Plc', 'Partners', 'Holdings', 'Systems', 'Technologies', 'Labs', 'Network',
  'Channel', 'Radio', 'Television', 'Almanac', 'Manor', 'Tower', 'Palace', 'Castle', 'Abbey', 'Chapel', 'World',
  'Empire', 'Sports', 'Stores', 'Store', 'Market', 'Mall', 'Restaurant', 'Cafe', 'Pub', 'Farm', 'Ranch', 'Estate',
  'Village', 'House', 'Hospital', 'Airport', 'Church', 'Mosque', 'Street', 'Road', 'Square', 'Bridge', 'Hall',
  'Drive', 'Trail', 'Gardens', 'Airfield', 'Shrine', 'Peninsula', 'Corner', 'View', 'Terrace', 'Parkway', 'Highway',
  'Freeway', 'Expressway', 'Plaza', 'Ridge', 'Creek', 'Canyon', 'Cove', 'Coast', 'Mountain', 'Mountains', 'Canal', 'Reservoir', 'Dam', 'Team',
  'Stories', 'Comments', 'Results', 'Reserved', 'Notice', 'Notices', 'Hotline', 'Line',
  // Markets, funds, sporting events and awards ("London Stock Exchange", "International Monetary Fund", "Grand Slam",
  // "Grand Prix", "Super Bowl", "Golden Globes").
  'Exchange', 'Fund', 'Slam', 'Slams', 'Prix', 'Bowl', 'Globe', 'Globes',
  // Before a run, its code name ("Operation Inherent Resolve", "Operation Desert Shield").
  'Operation',
  // Firms named after their founders or their trade ("Warner Bros", "Lehman Brothers", "Jupiter Research", "Electronic
  // Arts"), and bands ("Scissor Sisters").
  'Bros', 'Brothers', 'Sisters', 'Research', 'Arts',
  // Trades that end firms' names ("Wells Fargo Securities", "Newbridge Capital", "Nortel Networks", "Sybari Software").
  'Securities', 'Capital', 'Management', 'Software', 'Wireless', 'Networks', 'Energy', 'Resources',
  'Industries', 'Foods',
  // Abbreviated clubs on results pages ("Man Utd", "Sheff Wed").
  'Utd', 'Wed',
  // Tip lines, emergency services, police units and charges named in crime reports ("Crime Stoppers", "Crime Solvers",
  // "Homicide Unit", "Fire Rescue", "Crime Lab", "Aggravated Assault", "Fraternal Order", "Quadruple Shooting"), and
  // page furniture ("Privacy Policy", "Getty Images", "Original Story").
  'Stoppers', 'Solvers', 'Unit', 'Rescue', 'Lab', 'Assault', 'Manslaughter', 'Order', 'Policy', 'Images', 'Image',
  'Shooting', 'Story',
  // Addresses and local areas of crime reports ("Kostner Ave", "Main St", "Merrygrove Circle", "Polo Run Apartments",
  // "Stewart Elementary", "Roosevelt High", "Penn Township", "Caddo Parish", "Pike Co"): streets, homes, schools and
  // US townships, parishes and counties, never a person's name (surnames such as Lane and Park are left out).
  'Ave', 'Avenues', 'St', 'Streets', 'Rd', 'Roads', 'Blvd', 'Ct', 'Ln', 'Hwy', 'Pkwy', 'Circle', 'Place', 'Way',
  'Apartments', 'Townhomes', 'Elementary', 'High', 'Township', 'Twp', 'Parish', 'Co',
  // Newspapers, broadcasters, map services and alerts ("Houston Chronicle", "Nexstar Broadcasting", "Google Maps",
  // "Amber Alert").
  'Chronicle', 'Examiner', 'Inquirer', 'Sentinel', 'Dispatch', 'Broadcasting', 'Maps', 'Alert',
  // Air ambulances, medical centres, insurers and works ("Life Flight", "Med Flight", "Albany Med", "Sun Life",
  // "Wonderful Life"): words in no person's name.
  'Life', 'Med',
  // Memorials, funeral homes, motels, bars and clubs, cemeteries, housing estates, clinics and firms' trades of local
  // news ("Lee Memorial", "Haugh Funeral Home", "Days Inn", "Hookah Lounge", "Oak Lawn", "Shalako Estates", "Mercy
  // Medical", "Harris Interactive"), police squads and sections ("Major Case Squad", "Homicide Section"), fires and
  // crimes named as events or units ("Cal Fire", "Organized Crime"), and works and reports ("Star Wars", "Million Dollar
  // Baby", "Consumer Reports", "Incident Update").
  'Memorial', 'Funeral', 'Inn', 'Motel', 'Lounge', 'Nightclub', 'Casino', 'Liquors', 'Lanes', 'Cemetery', 'Lawn',
  'Estates', 'Acres', 'Homes', 'Clinic', 'Medical', 'Healthcare', 'Electronics', 'Financial', 'Publications', 'Digital',
  'Interactive', 'Online', 'Ministries', 'Squad', 'Section', 'Fire', 'Crime', 'Wars', 'Baby', 'Report', 'Reports', 'Update',
];

/**
 * Firms, clubs, parties and outlets whose names are shaped like a person's (a first-name-like word and a surname-like
 * one) and that news names bare ("analysts at Merrill Lynch", "Goldman Sachs said"): no person, wherever the article
 * names them (facts/entities/people.ts). Firms named after a founder who is also in the news ("Charles Schwab") are left out.
 */
export const PERSON_SHAPED_BODIES: readonly string[] = [
  'Goldman Sachs', 'Morgan Stanley', 'Merrill Lynch', 'Credit Suisse', 'Wells Fargo', 'Dow Jones', 'Marie Claire',
  'Ask Jeeves', 'Bayer Leverkusen', 'Plaid Cymru', 'Age Concern', 'J.C. Penney', 'J.P. Morgan',
];

/**
 * Words that open the names of companies, clubs, grounds, works and events, never a person's ("Old Trafford", "Aston
 * Villa", "Deutsche Boerse", "Time Warner", "Electronic Arts", "Finding Neverland", "My Summer of Love", "Stade
 * Francais", "Grand Theft Auto"): a run of name words opening with one is no person (facts/entities/people.ts). Words
 * that also open people's names or stage names ("Little Richard", "Big Boi", "Les Ferdinand", "Le Pen", "El Guerrouj")
 * and descriptors written before a name ("Star", "Celebrity", "Tory") are left out.
 */
export const THING_OPENERS: readonly string[] = [
  'Old', 'Aston', 'My', 'La', 'Finding', 'Deutsche', 'Time', 'Electronic', 'Golden', 'Grand', 'Great', 'Stade', 'Standard',
  'Iron', 'Internet', 'Screen', 'Pop', 'Super', 'Desperate', 'Happy', 'Good', 'Blue', 'Air', 'Daily', 'Sony', 'Microsoft',
  // Car makers, before a model ("Chevrolet Impala", "Honda Accord", "Ford Explorer") in descriptions of vehicles.
  'Chevrolet', 'Honda', 'Toyota', 'Nissan', 'Dodge', 'Ford', 'Hyundai', 'Pontiac', 'Buick', 'Cadillac', 'Lexus',
  'Volkswagen', 'Mazda', 'Subaru', 'Acura', 'Infiniti', 'Jeep', 'Chrysler', 'Oldsmobile', 'Mitsubishi', 'Chevy',
];

/** Words that open place names ("San Diego", "Las Vegas", "Fort Worth", "Tell Tamer"): a run opening with one is no person. */
export const PLACE_OPENERS: readonly string[] = [
  'San', 'Santa', 'Los', 'Las', 'Fort', 'Port', 'Saint', 'St', 'New', 'Lake', 'Mount', 'Costa',
  // Arabic and Hebrew place words: spring, hill, cape, monastery, village, house, gate, mountain, valley, inn.
  'Ain', 'Tell', 'Tal', 'Tel', 'Ras', 'Deir', 'Kafr', 'Beit', 'Bab', 'Jabal', 'Jebel', 'Wadi', 'Khan',
  // Spanish and Portuguese: city, port, saint ("Ciudad Juárez", "Puerto Vallarta", "Porto Alegre").
  'Ciudad', 'Puerto', 'Porto',
  // A demonym that is also a surname ("Tony Welsh") opens names of things, not people ("Welsh Guards").
  'Welsh',
];

/**
 * First names that are also English words ("Will Welch", "Mark Hughes", "Grace Dent"): written in lower case elsewhere
 * in an article they still open a person's name (facts/entities/people.ts, common-word names).
 */
/**
 * Places that are also common first names ("Jordan Henderson", "Milan Baros", "Dallas Roberts", "Paris Hilton"): before
 * a surname the text reuses alone, the pair is a person, not the place.
 */
export const FIRST_NAMES_ALSO_PLACES: readonly string[] = [
  'Jordan', 'Milan', 'Dallas', 'Austin', 'Paris', 'Sydney', 'Florence', 'Lincoln', 'Denver', 'Houston', 'Israel',
  'Georgia', 'Chelsea', 'Adelaide', 'Victoria', 'Madison', 'Charlotte', 'Orlando', 'Phoenix', 'Savannah', 'Brooklyn',
  'Cheyenne', 'Tyrone', 'Devon', 'Kent', 'Kenya', 'India', 'Eugene', 'Elizabeth', 'Regina', 'Valencia', 'Salvador',
];

export const FIRST_NAMES_ALSO_WORDS: readonly string[] = [
  'Will', 'Mark', 'Bill', 'Rose', 'Grace', 'Hope', 'Faith', 'Joy', 'May', 'June', 'April', 'Art', 'Frank', 'Don', 'Pat',
  'Sue', 'Rob', 'Jack', 'Guy', 'Ray', 'Rich', 'Dawn', 'Summer', 'Amber', 'Ruby', 'Pearl', 'Iris', 'Ivy', 'Holly',
  'Heather', 'Daisy', 'Lily', 'Rocky', 'Chase', 'Hunter', 'Chance', 'Dale', 'Glen', 'Wade', 'Miles', 'Earl', 'Sandy',
  'Rusty', 'Victor', 'Bob', 'Jean', 'Drew', 'Rex', 'Sky', 'Brook', 'Gene', 'Harry', 'Marshall', 'Carol', 'Penny',
];
