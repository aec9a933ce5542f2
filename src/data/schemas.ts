/**
 * One schema per CSV file in data/. Editing a column here changes validation, the row types and the
 * data dictionary together; run `npm run data:dictionary` afterwards to refresh data/README.md.
 */
import { col, PROPER_NAME_WITHOUT_FRENCH, type RowOf, type TableSchema } from './schema-kit.ts';

const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;

/** How a source hedges a number, in the two files that carry one (police_cbsa_contacts.csv, figures.csv). */
const QUALIFIERS = ['exact', 'more_than', 'fewer_than', 'about', 'almost'] as const;
const QUALIFIER_HELP = 'exact, or how the source hedges the number ("more than", "fewer than", "about", "almost": just under it).';

/** The words and signs a source uses for a hedge, as editors copy them (looseKey form, or the sign itself). */
const QUALIFIER_WORDS: Readonly<Record<string, Exclude<(typeof QUALIFIERS)[number], 'exact'>>> = {
  approximately: 'about',
  approx: 'about',
  around: 'about',
  roughly: 'about',
  environ: 'about',
  '~': 'about',
  over: 'more_than',
  plusde: 'more_than',
  '>': 'more_than',
  lessthan: 'fewer_than',
  under: 'fewer_than',
  moinsde: 'fewer_than',
  '<': 'fewer_than',
  nearly: 'almost',
  presque: 'almost',
  presde: 'almost',
};

/** The names and signs editors write for a figure's unit. */
const UNIT_WORDS: Readonly<Record<string, 'percent' | 'dollars' | 'count'>> = {
  '%': 'percent',
  percentage: 'percent',
  pourcentage: 'percent',
  pourcent: 'percent',
  pct: 'percent',
  '$': 'dollars',
  number: 'count',
};

/** Names and abbreviations editors write for a province or territory (English and French), and its code. */
const PROVINCE_NAMES: Readonly<Record<string, (typeof PROVINCES)[number]>> = {
  alberta: 'AB',
  alta: 'AB',
  britishcolumbia: 'BC',
  colombiebritannique: 'BC',
  cb: 'BC',
  manitoba: 'MB',
  man: 'MB',
  newbrunswick: 'NB',
  nouveaubrunswick: 'NB',
  newfoundlandandlabrador: 'NL',
  newfoundland: 'NL',
  nfld: 'NL',
  terreneuveetlabrador: 'NL',
  tnl: 'NL',
  novascotia: 'NS',
  nouvelleecosse: 'NS',
  ne: 'NS',
  northwestterritories: 'NT',
  territoiresdunordouest: 'NT',
  nwt: 'NT',
  tno: 'NT',
  nunavut: 'NU',
  ontario: 'ON',
  ont: 'ON',
  princeedwardisland: 'PE',
  ileduprinceedouard: 'PE',
  pei: 'PE',
  ipe: 'PE',
  quebec: 'QC',
  que: 'QC',
  pq: 'QC',
  saskatchewan: 'SK',
  sask: 'SK',
  yukon: 'YT',
  yk: 'YT',
};

/** A city's standing on the "access without fear" question, from strongest to weakest commitment. */
export const CITY_STATUSES = [
  'adopted', // council adopted a policy and still uses a sanctuary / access-without-fear label
  'renamed', // council adopted a policy, later dropped the "sanctuary" label but kept the policy
  'referred', // a motion was referred to staff or a committee and not adopted
  'debated', // councillors or a committee discussed it publicly; no vote on a policy
  'declined', // the mayor or council said no
  'withdrawn', // the motion was withdrawn by its mover
  'no_action', // nothing found on the record
] as const;

const CONFIDENCE = ['high', 'medium', 'low'] as const;

// Every row that states a fact says where it comes from, in the same four columns.
const provenance = {
  source_ids: col.refs('sources.csv', 'Source ids from sources.csv, separated by ";" (e.g. S017;S041).'),
  fact_ids: col.text('Fact ids in the research dossier this row transcribes, separated by ";" (e.g. A37;A38).'),
  confidence: col.enum(
    CONFIDENCE,
    "The dossier's confidence: high = primary record or several reputable reports; medium = one reputable report or an analysis of official data; low = weak sourcing, publish only with a caveat.",
  ),
  conflict_id: col.ref(
    'conflicts.csv',
    'When sources disagree about this row: the id of the conflict in conflicts.csv that explains how.',
    false,
  ),
  note_en: col.text('A note for readers and editors, in English (caveats, context).', false),
  note_fr: col.text('The same note in French.', false),
};

const sources = {
  file: 'sources.csv',
  title: 'Sources',
  description:
    'Every source cited anywhere on the site, numbered as in the footnotes. Other files name these numbers in their source_ids column; the site’s Sources page lists them all.',
  title_fr: 'Sources',
  description_fr:
    'Toutes les sources citées sur le site, numérotées comme dans les notes. Les autres fichiers renvoient à ces numéros dans leur colonne source_ids; la page «\u00a0Sources\u00a0» du site les énumère toutes.',
  columns: {
    id: col.id('Source number from the bibliography: S followed by three digits.', /^S\d{3}$/, 'S followed by three digits, e.g. S017'),
    title: col.text('Title of the article, page or document, as published.'),
    publisher: col.text('Who published it (newspaper, city, agency, organisation): the name alone, as the source writes it.'),
    publisher_note: col.text(
      'What to know about the publisher or the copy we read, in English, shown in brackets after the name: e.g. "hosted copy", "reposting Toronto Star", "blog".',
      false,
    ),
    publisher_note_fr: { ...col.text('The same note in French.', false), frenchOf: { column: 'publisher_note' } },
    author: col.text('Author(s) as shown, names only; leave empty when the source shows none.', false),
    author_note: col.text('What to know about the author, in English, shown in brackets after the name: e.g. "report author".', false),
    author_note_fr: { ...col.text('The same note in French.', false), frenchOf: { column: 'author_note' } },
    date: col.date('Publication date, as precise as known (2017, 2017-02 or 2017-02-20); empty when undated.', false),
    date_note: col.text('Qualifier for the date, in English, e.g. "from URL" or "repost date".', false),
    date_note_fr: { ...col.text('The same qualifier in French, e.g. « d\'après l\'adresse ».', false), frenchOf: { column: 'date_note' } },
    url: col.url('Full address of the source.'),
    language: col.enum(['en', 'fr'] as const, 'Language the source is written in.'),
  },
  example: {
    id: 'S017',
    title: 'Sanctuary city movement grows in Canada, but could bring tension with police, immigration officials',
    publisher: 'CBC News',
    publisher_note: '',
    publisher_note_fr: '',
    author: 'Jonathan Montpetit',
    author_note: '',
    author_note_fr: '',
    date: '2017-02',
    date_note: '',
    date_note_fr: '',
    url: 'https://www.cbc.ca/news/canada/montreal/sanctuary-cities-montreal-canada-toronto-vancouver-1.3991321',
    language: 'en',
  },
} as const satisfies TableSchema;

const conflicts = {
  file: 'conflicts.csv',
  title: 'Conflicts between sources',
  description:
    'Where sources disagree: each version with its sources, and which one the story uses and why. Rows in other files point here through their conflict_id column, and pages show both versions.',
  title_fr: 'Divergences entre les sources',
  description_fr:
    'Là où les sources divergent\u00a0: chaque version avec ses sources, et celle que le récit retient, avec la raison. Les lignes des autres fichiers y renvoient par leur colonne conflict_id, et les pages présentent les deux versions.',
  columns: {
    id: col.id('CF followed by two digits, numbered as in the dossier.', /^CF\d{2}$/, 'CF followed by two digits, e.g. CF02'),
    topic_en: col.text('The question in dispute, in English.'),
    topic_fr: col.text('The question in French.', false),
    versions_en: col.text('What each source says, in English.'),
    versions_fr: col.text('The same in French.', false),
    verdict_en: col.text('Which version the site uses and why, in English.'),
    verdict_fr: col.text('The same in French.', false),
    source_ids: col.refs('sources.csv', 'Every source named in the conflict, separated by ";".'),
  },
  example: {
    id: 'CF02',
    topic_en: "Toronto's February 2013 vote: 37–3 or 38–2?",
    topic_fr: 'Le vote de Toronto en février 2013 : 37 contre 3 ou 38 contre 2?',
    versions_en: 'The Toronto Star and two later accounts give 37–3 and name three opponents; CBC gives 38–2.',
    versions_fr: 'Le Toronto Star et deux récits ultérieurs donnent 37 contre 3 et nomment les trois opposants; CBC donne 38 contre 2.',
    verdict_en: 'Use 37–3, the majority reading, and mention 38–2.',
    verdict_fr: 'Retenir 37 contre 3, la version majoritaire, et mentionner 38 contre 2.',
    source_ids: 'S004;S005;S006;S007',
  },
} as const satisfies TableSchema;

const municipalities = {
  file: 'municipalities.csv',
  title: 'Municipalities',
  description:
    'Every city in the story, with its latest status on the sanctuary / access-without-fear question. The map, the city table and the counts in the prose all come from this file.',
  title_fr: 'Municipalités',
  description_fr:
    'Chaque ville du récit, avec sa situation la plus récente sur la question de la ville sanctuaire ou de l’accès sans crainte. La carte, le tableau des villes et les décomptes du texte proviennent tous de ce fichier.',
  columns: {
    id: col.id('Short lower-case name used by other files, e.g. toronto or new-westminster.'),
    name_en: col.text('City name in English.'),
    name_fr: col.text('City name in French (often the same).', false),
    province: { ...col.enum(PROVINCES, 'Two-letter province or territory code.'), aliases: PROVINCE_NAMES },
    status: col.enum(CITY_STATUSES, 'Latest status: adopted, renamed, referred, debated, declined, withdrawn or no_action.'),
    status_date: col.date('Date of the decision that gave the latest status, as precise as known; empty when not found.', false),
    status_note_en: col.text('One line on the latest status, in English (e.g. "Adopted 2013; reaffirmed 2017").'),
    status_note_fr: col.text('The same line in French.', false),
    policy_name_en: col.text("The policy's own name, in the language the city uses (empty when there is no policy).", false),
    policy_name_fr: {
      ...col.text("The policy's name in French: the city's official French name, or a plain French rendering of a descriptive one. Empty when the name is an English proper name with no official French form.", false),
      frenchMayBeEmpty: PROPER_NAME_WITHOUT_FRENCH,
    },
    police_covered: col.enum(
      ['yes', 'no', 'not_stated', 'not_applicable'] as const,
      'Does the policy bind the police? not_applicable when there is no policy.',
    ),
    police_note_en: col.text('How the police stand, in English.', false),
    police_note_fr: col.text('The same in French.', false),
    lat: col.latitude('Latitude of the city centre, decimal degrees (WGS84). Must lie in Canada.'),
    lon: col.longitude('Longitude of the city centre, decimal degrees (WGS84), negative west of Greenwich.'),
    ...provenance,
  },
  example: {
    id: 'hamilton',
    name_en: 'Hamilton',
    name_fr: 'Hamilton',
    province: 'ON',
    status: 'adopted',
    status_date: '2014-02-12',
    status_note_en: 'Adopted unanimously in February 2014',
    status_note_fr: "Adoptée à l'unanimité en février 2014",
    policy_name_en: 'Access to Services for Undocumented Individuals',
    policy_name_fr: '',
    police_covered: 'no',
    police_note_en: 'The police board is separate and not bound.',
    police_note_fr: "La commission de services policiers est distincte et n'est pas liée.",
    lat: '43.2557',
    lon: '-79.8711',
    source_ids: 'S021;S022;S024',
    fact_ids: 'A17;A19;A20;A21;A22',
    confidence: 'high',
    conflict_id: 'CF04',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const councilActions = {
  file: 'council_actions.csv',
  title: 'Council actions',
  description:
    'Every recorded step a council, committee, mayor or board took on the question, one row per action. The timeline and the map through time are drawn from this file.',
  title_fr: 'Démarches municipales',
  description_fr:
    'Chaque démarche consignée d’un conseil municipal, d’un comité, d’une mairesse ou d’un maire, ou d’une commission sur la question, une ligne par démarche. La chronologie et la carte dans le temps sont tirées de ce fichier.',
  columns: {
    id: col.id('Unique lower-case id, e.g. toronto-2013-council.'),
    city_id: col.ref('municipalities.csv', 'The city (id from municipalities.csv).'),
    date: col.date('Date of the meeting or statement, as precise as known; for a multi-day meeting, the first day.'),
    date_end: col.date('Last day of a multi-day meeting (e.g. 2013-02-21 for February 20–21).', false),
    date_inferred: col.yesno('yes when the date was worked out (e.g. from a weekday), not stated by the source.'),
    body: col.enum(
      ['council', 'committee', 'mayor', 'councillor', 'police_board', 'school_board', 'staff'] as const,
      'Who acted.',
    ),
    action_en: col.text('What was decided or said, in English (one sentence).'),
    action_fr: col.text('The same in French.', false),
    outcome: col.enum(
      [
        'adopted',
        'reaffirmed',
        'implemented',
        'endorsed',
        'study_ordered',
        'referred',
        'debated',
        'withdrawn',
        'declined',
        'renamed',
        'defeated',
        'shelved',
        'proposed',
      ] as const,
      'What came of it.',
    ),
    votes_for: col.integer('Votes in favour, where a count is known.', false),
    votes_against: col.integer('Votes against, where a count is known.', false),
    unanimous: col.yesno('yes when the source says the vote was unanimous.'),
    status_after: col.enum(
      CITY_STATUSES,
      "The city's status after this action, when the action changed it; empty when it did not.",
      false,
    ),
    ...provenance,
  },
  example: {
    id: 'hamilton-2014-council',
    city_id: 'hamilton',
    date: '2014-02-12',
    date_end: '',
    date_inferred: 'no',
    body: 'council',
    action_en: 'Council unanimously approved guidelines on access to services for undocumented residents.',
    action_fr: "Le conseil municipal a approuvé à l'unanimité des lignes directrices sur l'accès aux services pour les résidents sans statut.",
    outcome: 'adopted',
    votes_for: '',
    votes_against: '',
    unanimous: 'yes',
    status_after: 'adopted',
    source_ids: 'S022',
    fact_ids: 'A20',
    confidence: 'high',
    conflict_id: 'CF04',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const services = {
  file: 'services.csv',
  title: 'Services',
  description: 'The kinds of public service the story talks about, and which level of government runs each.',
  title_fr: 'Services',
  description_fr:
    'Les types de services publics dont parle le récit, et l’ordre de gouvernement responsable de chacun.',
  columns: {
    id: col.id('Short lower-case id, e.g. shelters.'),
    label_en: col.text('Name of the service in English.'),
    label_fr: col.text('Name of the service in French.', false),
    jurisdiction: col.enum(
      ['municipal', 'municipal_board', 'provincial', 'federal', 'mixed'] as const,
      'Who runs it: the city itself, a separate municipal board (police, library, parks), the province, Ottawa, or several.',
    ),
    description_en: col.text('One line on what the service is, in English.'),
    description_fr: col.text('The same in French.', false),
  },
  example: {
    id: 'libraries',
    label_en: 'Public libraries',
    label_fr: 'Bibliothèques publiques',
    jurisdiction: 'municipal_board',
    description_en: 'Library cards and branches, often run by a separate library board.',
    description_fr: 'Cartes et succursales de bibliothèque, souvent gérées par un conseil de bibliothèque distinct.',
  },
} as const satisfies TableSchema;

const serviceCoverage = {
  file: 'service_coverage.csv',
  title: 'Service coverage',
  description:
    "Which services each city's policy opens to residents without status, and which it cannot reach. One row per city and service.",
  title_fr: 'Couverture des services',
  description_fr:
    'Les services que la politique de chaque ville ouvre aux personnes sans statut, et ceux qu’elle ne peut pas atteindre. Une ligne par ville et par service.',
  columns: {
    id: col.id('Unique lower-case id, e.g. toronto-shelters.'),
    city_id: col.ref('municipalities.csv', 'The city (id from municipalities.csv).'),
    service_id: col.ref('services.csv', 'The service (id from services.csv).'),
    coverage: col.enum(
      ['covered', 'status_required', 'not_covered', 'outside_city_power', 'motion_only', 'advocates_list'] as const,
      'covered = named in the policy or by the city; status_required = the city delivers it for another government and must ask for status; not_covered = the policy says it does not apply; outside_city_power = run by the province, Ottawa or a separate board; motion_only = named in a motion that was not adopted; advocates_list = named by advocates, not by the policy.',
    ),
    detail_en: col.text('What the source says about this service in this city, in English.'),
    detail_fr: col.text('The same in French.', false),
    ...provenance,
  },
  example: {
    id: 'toronto-ontario-works',
    city_id: 'toronto',
    service_id: 'social-assistance',
    coverage: 'status_required',
    detail_en: 'Toronto delivers Ontario Works for the province, which requires proof of status.',
    detail_fr: "Toronto administre Ontario au travail pour la province, qui exige une preuve de statut.",
    source_ids: 'S093',
    fact_ids: 'B02',
    confidence: 'high',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const policePolicies = {
  file: 'police_policies.csv',
  title: 'Police policies',
  description: 'Police "don\'t ask" policies and agreements with the Canada Border Services Agency, one row per decision.',
  title_fr: 'Politiques policières',
  description_fr:
    'Les politiques policières «\u00a0ne pas demander\u00a0» et les ententes avec l’Agence des services frontaliers du Canada (ASFC), une ligne par décision.',
  columns: {
    id: col.id('Unique lower-case id, e.g. tpsb-2006-dont-ask.'),
    force_en: col.text('The police force or board, in English.'),
    force_fr: col.text('The same in French.', false),
    city_id: col.ref('municipalities.csv', 'The city the force serves, where it is one of ours.', false),
    date: col.date('Date of the decision or announcement, as precise as known.'),
    kind: col.enum(
      ['dont_ask', 'dont_tell_rejected', 'cbsa_agreement_ended', 'central_desk', 'duty_to_report', 'guidelines'] as const,
      'What kind of decision it is.',
    ),
    dont_ask: col.enum(
      ['yes', 'partial', 'no', 'not_stated'] as const,
      'After this decision, do officers refrain from asking about status? partial = only victims and witnesses.',
    ),
    reports_to_cbsa: col.enum(
      ['yes', 'no', 'restricted', 'not_stated'] as const,
      'After this decision, does the force still pass status information to CBSA? restricted = only through a central desk or in narrow cases.',
    ),
    summary_en: col.text('What the decision says, in English (one or two sentences).'),
    summary_fr: col.text('The same in French.', false),
    ...provenance,
  },
  example: {
    id: 'tpsb-2006-victims-witnesses',
    force_en: 'Toronto Police Services Board',
    force_fr: 'Commission des services policiers de Toronto',
    city_id: 'toronto',
    date: '2006-05',
    kind: 'dont_ask',
    dont_ask: 'partial',
    reports_to_cbsa: 'yes',
    summary_en: 'Victims and witnesses of crime are not to be asked their immigration status without a bona fide reason.',
    summary_fr: "On ne doit pas demander leur statut d'immigration aux victimes et aux témoins d'un crime sans motif légitime.",
    source_ids: 'S109',
    fact_ids: 'C02',
    confidence: 'high',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const policeCbsaContacts = {
  file: 'police_cbsa_contacts.csv',
  title: 'Police contacts with CBSA',
  description:
    'Counts of police contacts with the Canada Border Services Agency. Each row says exactly what was counted and by whom: calls, status checks, communications, requests, referrals and contacts are different measures and are never added or compared as if they were the same.',
  title_fr: 'Contacts de la police avec l’ASFC',
  description_fr:
    'Décomptes des contacts de la police avec l’Agence des services frontaliers du Canada. Chaque ligne précise ce qui a été compté, et par qui\u00a0: les appels, les vérifications de statut, les communications, les demandes, les signalements et les contacts sont des mesures différentes, qu’on n’additionne ni ne compare jamais comme si elles étaient identiques.',
  columns: {
    id: col.id('Unique lower-case id, e.g. spvm-2017-calls.'),
    force: col.enum(
      ['spvm', 'tps', 'vpd', 'ops', 'rcmp_bc', 'transit_police'] as const,
      'spvm = Montreal police; tps = Toronto Police Service; vpd = Vancouver Police Department; ops = Ottawa Police Service; rcmp_bc = RCMP in British Columbia; transit_police = Metro Vancouver Transit Police.',
    ),
    city_id: col.ref('municipalities.csv', 'The city the force serves, where it is one of ours.', false),
    period_start: col.date('First day, month or year of the period counted.'),
    period_end: col.date('Last day, month or year of the period counted.'),
    measure: col.enum(
      ['calls', 'status_checks', 'communications', 'requests', 'referrals', 'contacts'] as const,
      'What was counted, in the words of the source.',
    ),
    value: col.integer('The count, digits only.'),
    qualifier: {
      ...col.enum(QUALIFIERS, QUALIFIER_HELP),
      aliases: QUALIFIER_WORDS,
    },
    counted_by: col.enum(
      ['cbsa_records', 'police', 'advocacy_analysis'] as const,
      'Whose records the count comes from: CBSA records (obtained by media or advocates), the police force itself, or an advocacy analysis of CBSA data.',
    ),
    reported_by_en: col.text('Who published the figure (outlet or organisation), as the English pages show it.'),
    reported_by_fr: col.text(
      'The same for the French pages: the same name, with any words around it in French (e.g. "Radio-Canada (republié)" for "Radio-Canada (reposted)").',
      false,
    ),
    ...provenance,
  },
  example: {
    id: 'spvm-2017-calls',
    force: 'spvm',
    city_id: 'montreal',
    period_start: '2017',
    period_end: '2017',
    measure: 'calls',
    value: '3608',
    qualifier: 'exact',
    counted_by: 'cbsa_records',
    reported_by_en: 'HuffPost Québec',
    reported_by_fr: 'HuffPost Québec',
    source_ids: 'S139',
    fact_ids: 'C33',
    confidence: 'medium',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const cbsaRemovals = {
  file: 'cbsa_removals.csv',
  title: 'CBSA removals',
  description: 'People removed from Canada by the Canada Border Services Agency, by calendar year and region.',
  title_fr: 'Renvois par l’ASFC',
  description_fr:
    'Personnes renvoyées du Canada par l’Agence des services frontaliers du Canada, par année civile et par région.',
  columns: {
    id: col.id('removals-<year>-<region>, e.g. removals-2024-total.'),
    year: col.integer('Calendar year.'),
    region: col.enum(
      ['total', 'quebec', 'greater_toronto', 'pacific', 'prairie', 'southern_ontario', 'northern_ontario', 'atlantic'] as const,
      'CBSA region, or total for all of Canada.',
    ),
    value: col.integer('Enforced removals in that year and region, digits only.'),
    partial_year: col.yesno('yes when the year is not complete (e.g. 2025 to September).'),
    period_note_en: col.text('For a partial year, which months are counted, in English.', false),
    period_note_fr: col.text('The same in French.', false),
    earlier_value: col.integer('The figure an earlier version of the same table gave, where it differed.', false),
    ...provenance,
  },
  example: {
    id: 'removals-2024-total',
    year: '2024',
    region: 'total',
    value: '17357',
    partial_year: 'no',
    period_note_en: '',
    period_note_fr: '',
    earlier_value: '16860',
    source_ids: 'S156',
    fact_ids: 'D07',
    confidence: 'high',
    conflict_id: 'CF16',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const rcmpInterceptions = {
  file: 'rcmp_interceptions.csv',
  title: 'RCMP interceptions of irregular border crossers',
  description:
    'People the RCMP intercepted crossing into Canada between official ports of entry, by month or by year. Monthly 2017 figures are preliminary press-release numbers that do not add up exactly to the annual total.',
  title_fr: 'Interceptions par la GRC lors de passages irréguliers',
  description_fr:
    'Personnes interceptées par la GRC alors qu’elles entraient au Canada entre les points d’entrée officiels, par mois ou par année. Les chiffres mensuels de 2017 sont des données provisoires tirées de communiqués, dont la somme ne correspond pas exactement au total annuel.',
  columns: {
    id: col.id('rcmp-<year>[-<month>]-<region>, e.g. rcmp-2017-08-canada or rcmp-2017-canada.'),
    period: col.enum(['month', 'year'] as const, 'Whether the row counts one month or a whole year.'),
    date: col.date('The month (2017-08) for a monthly row, the year (2017) for an annual row.'),
    region: col.enum(
      ['canada', 'quebec', 'manitoba', 'british_columbia', 'alberta'] as const,
      'Where the interceptions happened; canada = national total.',
    ),
    value: col.integer('People intercepted, digits only.'),
    preliminary: col.yesno('yes when the figure was published as preliminary or later revised.'),
    ...provenance,
  },
  example: {
    id: 'rcmp-2017-08-canada',
    period: 'month',
    date: '2017-08',
    region: 'canada',
    value: '5712',
    preliminary: 'yes',
    source_ids: 'S177',
    fact_ids: 'D44',
    confidence: 'high',
    conflict_id: 'CF10',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const nonstatusEstimates = {
  file: 'nonstatus_estimates.csv',
  title: 'Estimates of the population without status',
  description:
    'Nobody knows how many people live in Canada without immigration status; these are the published estimates, each a range with who made it. None of them is a count.',
  editorNote: 'Never present an estimate as a count.',
  title_fr: 'Estimations de la population sans statut',
  description_fr:
    'Nul ne sait combien de personnes vivent au Canada sans statut d’immigration; ce fichier réunit les estimations publiées, chacune une fourchette accompagnée de qui l’a établie. Aucune n’est un décompte.',
  columns: {
    id: col.id('Unique lower-case id, e.g. ircc-2022-canada.'),
    area: col.enum(['canada', 'toronto', 'montreal', 'edmonton'] as const, 'Where the estimate applies.'),
    low: col.integer('Low end of the range, digits only; the same as high when the source gives a single figure; empty when it gives only an upper bound ("as many as").', false),
    high: col.integer('High end of the range (or the single figure), digits only.'),
    estimator_en: col.text('Who made or published the estimate, in English.'),
    estimator_fr: col.text('The same in French.', false),
    estimator_kind: col.enum(
      ['government', 'academic', 'advocacy', 'media', 'partisan'] as const,
      'What kind of body gave the estimate.',
    ),
    date: col.date('When the estimate was published, as precise as known.'),
    ...provenance,
  },
  example: {
    id: 'ircc-2022-canada',
    area: 'canada',
    low: '20000',
    high: '500000',
    estimator_en: 'Immigration, Refugees and Citizenship Canada, citing academic estimates',
    estimator_fr: 'Immigration, Réfugiés et Citoyenneté Canada, citant des estimations universitaires',
    estimator_kind: 'government',
    date: '2022-03-03',
    source_ids: 'S164',
    fact_ids: 'D25',
    confidence: 'high',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const people = {
  file: 'people.csv',
  title: 'People',
  description: 'People quoted in the story, with the role they held when they spoke.',
  title_fr: 'Personnes',
  description_fr:
    'Les personnes citées dans le récit, avec le rôle qu’elles occupaient au moment de leurs propos.',
  columns: {
    id: col.id('Lower-case name, e.g. john-tory.'),
    name: col.text('Full name as published; empty when the source does not name the speaker (the role then opens the caption).', false),
    role_en: col.text('Role when quoted, in English (e.g. "Mayor of Toronto").'),
    role_fr: col.text('The same in French.', false),
    city_id: col.ref('municipalities.csv', 'The city they speak for, where there is one.', false),
  },
  example: {
    id: 'john-tory',
    name: 'John Tory',
    role_en: 'Mayor of Toronto',
    role_fr: 'Maire de Toronto',
    city_id: 'toronto',
  },
} as const satisfies TableSchema;

const quotes = {
  file: 'quotes.csv',
  title: 'Quotes',
  description: 'Attributed quotes, word for word from the source, in the language in which they were said.',
  editorNote: 'Never edit the words of a quote.',
  title_fr: 'Citations',
  description_fr:
    'Citations attribuées, textuelles, dans la langue où elles ont été dites.',
  columns: {
    id: col.id('Unique lower-case id, e.g. tory-2017-afraid.'),
    person_id: col.ref('people.csv', 'Who said it (id from people.csv).'),
    text: col.text('The exact words, without surrounding quotation marks.'),
    language: col.enum(['en', 'fr'] as const, 'Language of the quote.'),
    date: col.date('When it was said or published, as precise as known.'),
    context_en: col.text('Where and when it was said, in English (e.g. "after council reaffirmed the policy").'),
    context_fr: col.text('The same in French.', false),
    translation_en: col.text(
      'For a quote said in French: an English translation for the English pages, marked on the page as a translation. Empty for a quote said in English.',
      false,
    ),
    translation_fr: {
      ...col.text(
        'For a quote said in English: a French translation for the French pages, marked « traduction libre ». Empty for a quote said in French.',
        false,
      ),
      // Not the French of translation_en: the French of the words themselves, due only when they are English.
      frenchOf: { column: 'text', when: { column: 'language', equals: 'en' } },
    },
    ...provenance,
  },
  example: {
    id: 'tory-2017-afraid',
    person_id: 'john-tory',
    text: 'No one should be made afraid because of who they are or where they come from',
    language: 'en',
    date: '2017-01-31',
    context_en: 'after Toronto council reaffirmed its policy following the U.S. travel ban',
    context_fr: 'après que le conseil de Toronto a réaffirmé sa politique à la suite du décret américain sur les voyages',
    translation_en: '',
    translation_fr: 'Personne ne devrait avoir peur à cause de qui il est ou d’où il vient',
    source_ids: 'S017',
    fact_ids: 'F01',
    confidence: 'high',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const events = {
  file: 'events.csv',
  title: 'Events',
  description:
    'Dated events that are not council actions: police and federal decisions, studies, deaths, border crossings. The timeline draws these beside council_actions.csv.',
  title_fr: 'Événements',
  description_fr:
    'Événements datés qui ne sont pas des démarches municipales\u00a0: décisions policières et fédérales, études, décès, passages à la frontière. La chronologie les présente à côté de council_actions.csv.',
  columns: {
    id: col.id('Unique lower-case id, e.g. travel-ban-2017.'),
    date: col.date('When it happened, as precise as known.'),
    category: col.enum(
      ['police', 'federal', 'study', 'international', 'advocacy', 'city'] as const,
      'Which strand of the story it belongs to.',
    ),
    city_id: col.ref('municipalities.csv', 'The city concerned, if any.', false),
    title_en: col.text('Short title for the timeline, in English (under 60 characters).'),
    title_fr: col.text('The same in French.', false),
    description_en: col.text('One or two sentences on what happened, in English.'),
    description_fr: col.text('The same in French.', false),
    ...provenance,
  },
  example: {
    id: 'vega-jimenez-2013',
    date: '2013-12-20',
    category: 'police',
    city_id: 'vancouver',
    title_en: 'Found hanging in CBSA custody after a fare check',
    title_fr: "Trouvée pendue sous garde de l'ASFC après un contrôle de titre de transport",
    description_en:
      'Lucia Vega Jimenez, stopped by Transit Police over a fare, was found hanging in CBSA custody at Vancouver airport.',
    description_fr: "Lucia Vega Jimenez, interceptée par la police du transport en commun pour un titre de transport, a été trouvée pendue alors qu'elle était détenue par l'ASFC à l'aéroport de Vancouver.",
    source_ids: 'S133',
    fact_ids: 'C25',
    confidence: 'high',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

const figures = {
  file: 'figures.csv',
  title: 'Other sourced figures',
  description:
    'Single figures the story quotes that belong to no series: a share, a budget, a count from one report. Each row is one number with what it counts, its unit and how the source hedges it.',
  editorNote: 'The chapters state a figure through <Stat table="figures" id="…" />, so the number on the page is always the one in this file.',
  title_fr: 'Autres chiffres sourcés',
  description_fr:
    'Chiffres isolés cités dans le récit qui n’appartiennent à aucune série\u00a0: une proportion, un budget, un décompte tiré d’un rapport. Chaque ligne est un nombre, avec ce qu’il compte, son unité et les réserves de la source.',
  columns: {
    id: col.id('Unique lower-case id, e.g. toronto-calls-status-check-share.'),
    value: col.decimal('The number as the source gives it: 83.4 for 83.4 per cent, 200000 for $200,000, 34 for $34 million.'),
    unit: {
      ...col.enum(
        ['count', 'percent', 'dollars', 'million_dollars', 'per_day'] as const,
        'What the number is: a count, a percentage, dollars, millions of dollars, or a daily rate.',
      ),
      aliases: UNIT_WORDS,
    },
    qualifier: {
      ...col.enum(QUALIFIERS, `${QUALIFIER_HELP} The prose must say the same.`),
      aliases: QUALIFIER_WORDS,
    },
    label_en: col.text('What the number counts, in English, precise enough to be quoted alone.'),
    label_fr: col.text('The same in French.', false),
    date: col.date('The date or period start the figure refers to, as precise as known.'),
    ...provenance,
  },
  example: {
    id: 'toronto-calls-status-check-share',
    value: '83.4',
    unit: 'percent',
    qualifier: 'exact',
    label_en: 'Share of Toronto police calls to CBSA (November 2014 to June 2015) that were status checks',
    label_fr: "Part des appels de la police de Toronto à l'ASFC (novembre 2014 à juin 2015) qui étaient des vérifications de statut",
    date: '2014-11',
    source_ids: 'S116',
    fact_ids: 'C09',
    confidence: 'medium',
    conflict_id: '',
    note_en: '',
    note_fr: '',
  },
} as const satisfies TableSchema;

/**
 * The glossary: terms a reader meets in the chapters, defined in the site's own words. Chapters link a
 * term where one of its forms first appears; the glossary page shows each with an anchor #term-<id>.
 */
export const glossary = {
  file: 'glossary.csv',
  title: 'Glossary',
  description:
    'Terms used in the chapters, each defined in plain words and, where the research has one, tied to a source.',
  editorNote: 'The forms columns list the words that link a chapter to the term.',
  title_fr: 'Glossaire',
  description_fr:
    'Les termes employés dans les chapitres, chacun défini simplement et, lorsque la recherche en fournit une, rattaché à une source.',
  columns: {
    id: col.id('Short lower-case name: the glossary anchor is #term-<id>, so never change it once published.'),
    term_en: col.text('The term as the glossary shows it, in English.'),
    term_fr: col.text('The term in French.', false),
    forms_en: col.text('Words in English chapters that link to this term, separated by ";" (e.g. status checks;status check). Longer forms first.'),
    forms_fr: col.text('The same in French chapters, separated by ";".', false),
    definition_en: col.text('The definition in English, in our own words.'),
    definition_fr: col.text('The definition in French.', false),
    source_ids: col.refs('sources.csv', 'Sources that support the definition, separated by ";"; empty when it needs none.', false),
  },
  example: {
    id: 'status-check',
    term_en: 'Status check',
    term_fr: 'Vérification de statut',
    forms_en: 'status checks;status check',
    forms_fr: 'vérifications de statut;vérification de statut',
    definition_en: 'A police enquiry to the border agency about whether a person holds legal immigration status.',
    definition_fr: "Demande de la police à l'agence frontalière pour savoir si une personne a un statut d'immigration légal.",
    source_ids: 'S116',
  },
} as const satisfies TableSchema;

/**
 * Every table under the name the code uses for it, in the order they are validated (referenced files
 * first, for readable reports). A new CSV file is one entry here: its validation, its downloads, its
 * place in Dataset and its row type all follow from this object.
 */
export const SCHEMAS = {
  sources,
  conflicts,
  municipalities,
  councilActions,
  services,
  serviceCoverage,
  policePolicies,
  policeCbsaContacts,
  cbsaRemovals,
  rcmpInterceptions,
  nonstatusEstimates,
  people,
  quotes,
  events,
  figures,
  glossary,
} as const satisfies Readonly<Record<string, TableSchema>>;

export type TableName = keyof typeof SCHEMAS;
export const TABLE_NAMES = Object.keys(SCHEMAS) as readonly TableName[];
export const ALL_SCHEMAS: readonly TableSchema[] = Object.values(SCHEMAS);

/** The typed row of one table, e.g. RowIn<'municipalities'>. */
export type RowIn<T extends TableName> = RowOf<(typeof SCHEMAS)[T]>;

/** All validated tables, keyed by the names in SCHEMAS. */
export type Dataset = { readonly [T in TableName]: readonly RowIn<T>[] };

export type SourceRow = RowIn<'sources'>;
export type MunicipalityRow = RowIn<'municipalities'>;
export type CouncilActionRow = RowIn<'councilActions'>;
export type ServiceRow = RowIn<'services'>;
export type ServiceCoverageRow = RowIn<'serviceCoverage'>;
export type PoliceCbsaContactRow = RowIn<'policeCbsaContacts'>;
export type CbsaRemovalRow = RowIn<'cbsaRemovals'>;
export type RcmpInterceptionRow = RowIn<'rcmpInterceptions'>;
export type NonstatusEstimateRow = RowIn<'nonstatusEstimates'>;
export type EventRow = RowIn<'events'>;
export type FigureRow = RowIn<'figures'>;
export type GlossaryRow = RowIn<'glossary'>;
export type CityStatus = (typeof CITY_STATUSES)[number];
