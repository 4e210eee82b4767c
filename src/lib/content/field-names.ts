/**
 * The Danish word for every field name of the content model, so a message can name a field both as it
 * is written in the file and in words an editor knows. A test keeps it in step with the schemas.
 */
export const fieldNames: Record<string, string> = {
  amount: 'antal',
  article: 'artikel',
  automatedDecisions: 'automatiske afgørelser',
  avoid: 'undgå',
  body: 'teksten under frontmatter',
  changed: 'ændret i behandlingen',
  changes: 'ændringer',
  consentWithdrawal: 'tilbagetrækning af samtykke',
  contact: 'kontakt',
  contactForm: 'kontaktformular',
  controllerContact: 'kontakt til den dataansvarlige',
  covers: 'omfatter',
  criteria: 'kriterier',
  cvr: 'CVR-nummer',
  danish: 'dansk term',
  dataCategories: 'kategorier af oplysninger',
  dataProtectionActBases: 'grundlag i databeskyttelsesloven',
  dataSubjects: 'registrerede',
  date: 'dato',
  description: 'beskrivelse',
  detail: 'uddybning',
  digitalPost: 'Digital Post',
  document: 'aftaledokument',
  dpoContact: 'kontakt til databeskyttelsesrådgiveren',
  duration: 'varighed',
  element: 'element',
  email: 'e-mail',
  explanation: 'forklaring',
  genitive: 'ejefald',
  guidance: 'vejledning',
  handles: 'tager sig af',
  hubText: 'tekst på myndighedens side',
  id: 'id',
  identificationAdvice: 'råd om identifikation',
  identificationDetails: 'oplysninger til identifikation',
  justification: 'begrundelse',
  kind: 'type',
  knownGaps: 'kendte mangler',
  lastReviewed: 'sidst gennemgået',
  law: 'lov',
  legalBases: 'retsgrundlag',
  legitimateInterest: 'legitim interesse',
  letter: 'brev',
  name: 'navn',
  nameInText: 'navn i løbende tekst',
  note: 'note',
  notices: 'formål',
  order: 'rækkefølge',
  paragraph: 'stykke',
  parties: 'parter',
  period: 'periode',
  point: 'litra',
  phone: 'telefon',
  provisionRequirement: 'pligt til at give oplysningerne',
  purpose: 'formål',
  reason: 'begrundelse',
  recipient: 'modtager',
  recipients: 'modtagere',
  recommendedChannel: 'anbefalet kanal',
  retention: 'opbevaring',
  reviewBy: 'gennemgås senest',
  rights: 'rettigheder',
  rightsOverride: 'rettigheder angivet manuelt',
  safeguard: 'garanti',
  searchWords: 'søgeord',
  section: 'paragraf',
  shortName: 'kort navn',
  sourceFingerprints: 'fingeraftryk af den danske tekst',
  sourceNotes: 'om disse oplysninger',
  situations: 'situationer',
  sources: 'kilder',
  specialCategoryBases: 'grundlag for følsomme oplysninger',
  statutes: 'andre regler',
  summary: 'resumé',
  supervisoryAuthority: 'tilsynsmyndighed',
  term: 'term',
  terms: 'termer',
  title: 'titel',
  topic: 'emne',
  topics: 'emner',
  transfers: 'overførsler',
  unit: 'enhed',
  url: 'webadresse',
  used: 'bruges',
  website: 'hjemmeside',
};

/** "legalBases[0].article" → "legalBases (retsgrundlag), punkt 1, article (artikel)". */
export function describeField(field: string): string {
  return parseFieldPath(field)
    .map((key) => {
      if (typeof key === 'number') return `punkt ${key + 1}`;
      const danish = fieldNames[key];
      return danish ? `${key} (${danish})` : key;
    })
    .join(', ');
}

/** Renders a field path the way editors read YAML: legalBases[0].article. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => {
    if (typeof key === 'number') return `${joined}[${key}]`;
    return joined ? `${joined}.${String(key)}` : String(key);
  }, '');
}

/** The keys of a field path: "legalBases[0].article" → ["legalBases", 0, "article"]. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? key! : Number(index),
  );
}
