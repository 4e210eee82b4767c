import type { ContentKind } from '../content/content-files';
import type { FormLanguage } from './content-kinds';

/**
 * The help text under every field of the editor's forms, in the words of content/README.md, keyed by the
 * field's path in its schema ("legalBases.article"; "statutes[]" is one item of a list of texts). The one
 * place for these texts: a translation's field has the help of the same field in the Danish file.
 */

const searchWordsHelp: Record<string, string> = {
  searchWords:
    'Ord, læserne søger efter, som siden ikke selv bruger, på ethvert sprog: en anden stavemåde (CARL2) eller et hverdagsord (arbejdstilladelse, work permit). Søgningen finder siden på dem; siden viser dem ikke.',
  'searchWords[]': 'Ét søgeord eller udtryk.',
};

const summaryHelp = 'En-to sætninger til oversigten og søgemaskiner, højst 300 tegn.';

/** The contact channels of an authority, its DPO and Datatilsynet: all optional, at least one required. */
const contactHelp: Record<string, string> = {
  '': 'Kontaktkanalerne. Alle er valgfrie, men mindst én skal være udfyldt.',
  digitalPost: 'Digital Post/e-Boks: modtageren, man vælger, og evt. vejledning.',
  'digitalPost.recipient': 'Modtageren, man vælger i Digital Post, fx Udlændingestyrelsen.',
  'digitalPost.guidance': 'Evt. vejledning, fx hvilket underemne man vælger.',
  email:
    'Almindelig e-mailadresse, fx dt@datatilsynet.dk. Siden fortæller, at almindelig e-mail ikke er krypteret.',
  contactForm:
    'Kontaktformular: evt. webadresse og vejledning. Uden webadresse linker siden til myndighedens website.',
  'contactForm.url': 'Kontaktformularens webadresse, med https://.',
  'contactForm.guidance': 'Hvad man vælger i formularen, fx emnet ’Databeskyttelse (kontakt DPO)’.',
  phone: 'Telefonnummer i par, med eller uden +45, fx +45 35 36 66 00.',
  letter: 'Postadresse, én linje pr. punkt, modtageren først. Mindst to linjer.',
  'letter[]': 'Én linje af postadressen.',
};

const under = (prefix: string, help: Record<string, string>) =>
  Object.fromEntries(Object.entries(help).map(([path, text]) => [path ? `${prefix}.${path}` : prefix, text]));

const bodyHelp = (where: string) =>
  `Brødteksten i Markdown: ${where}. Overskrifter fra ## og ned; billeder og HTML kan ikke vises.`;

const help: Record<ContentKind, Record<string, string>> = {
  authority: {
    name: 'Myndighedens fulde navn, fx Udlændingestyrelsen.',
    shortName: 'Forkortelse, fx US.',
    description: 'Én sætning til forsiden om, hvad myndigheden gør; højst 200 tegn.',
    handles:
      'Det, læseren kommer til myndigheden med, få ord hver, fx visum eller asyl. Forsiden og hver myndigheds side viser dem. Kun det, kilderne siger.',
    'handles[]': 'Én ting, myndigheden tager sig af, med lille begyndelsesbogstav, fx familiesammenføring.',
    genitive:
      'Navnet i ejefald, kun hvor reglen giver noget forkert: sitet sætter s på navnet (Udlændingestyrelsens), efter s, x og z en apostrof. Udelad ellers feltet.',
    kind: 'Departement eller styrelse.',
    website: 'Myndighedens website, med https://.',
    order: 'Placering på forsiden, laveste først.',
    ...under('controllerContact', contactHelp),
    controllerContact:
      'Kontaktkanaler til den dataansvarlige. Mangler de i kilderne, så udelad dem og skriv det i kendte mangler.',
    ...under('dpoContact', contactHelp),
    dpoContact:
      'Kontaktkanaler til databeskyttelsesrådgiveren. Mangler de i kilderne, så udelad dem og skriv det i kendte mangler.',
    identificationAdvice: 'Hvordan man identificerer sig, og hvilken kanal der er sikker (Markdown).',
    identificationDetails:
      'Det, rådet om identifikation beder om ud over navnet. Hvert valg bliver en linje at udfylde i anmodningen. Vælg kun det, rådet nævner; nævner det intet, så lad feltet stå tomt.',
    recommendedChannel:
      'Den kanal, rådet om identifikation anbefaler, fx Digital Post. Siden om at bruge rettighederne fremhæver den. Anbefaler rådet ingen, så lad feltet stå tomt.',
    knownGaps: 'Kontaktoplysninger, der ikke er offentliggjort, hver med en begrundelse.',
    'knownGaps.element': 'Kontaktoplysningen, der mangler.',
    'knownGaps.reason': 'Begrundelsen, som læseren ser på siden, skrevet til borgeren.',
    body: bodyHelp('indledningen på myndighedens side'),
  },
  purpose: {
    title: 'Formålets navn, fx Videoovervågning.',
    summary: summaryHelp,
    order: 'Placering i myndighedens liste, laveste først.',
    topic: 'Emnet, der samler formålet med samme formål hos andre myndigheder (fra Emner).',
    ...searchWordsHelp,
    purpose: 'Hvorfor oplysningerne behandles, på almindeligt dansk.',
    legalBases: 'Forordningens artikel 6, stk. 1, hver med den danske regel bag, hvor den kendes.',
    'legalBases.article': 'Litraet i artikel 6, stk. 1.',
    'legalBases.law': 'Evt. den danske regel bag grundlaget.',
    specialCategoryBases: 'Artikel 9, stk. 2, for følsomme oplysninger.',
    'specialCategoryBases.article': 'Litraet i artikel 9, stk. 2.',
    'specialCategoryBases.law': 'Evt. den danske regel bag grundlaget.',
    dataProtectionActBases: 'Databeskyttelsesloven: § 7, § 8 for strafbare forhold, § 11 for CPR-nummer.',
    'dataProtectionActBases.section': 'Paragraffen i databeskyttelsesloven.',
    'dataProtectionActBases.detail': 'Evt. uddybning, fx stk. 1.',
    statutes: 'Andre regler, kilden nævner, uden at knytte dem til en artikel.',
    'statutes[]': 'Én regel, fx indfødsretsloven.',
    dataCategories: 'Typer af oplysninger, hver med en beskrivelse.',
    'dataCategories.kind': 'Almindelige, følsomme, strafbare forhold eller CPR-nummer.',
    'dataCategories.description': 'Hvilke oplysninger det er.',
    dataSubjects: 'Hvem oplysningerne handler om.',
    'dataSubjects[]': 'Én gruppe, fx Ansøgere.',
    sources: 'Hvor oplysningerne kommer fra.',
    'sources.kind': 'Hvilken slags kilde.',
    'sources.description': 'Hvilken kilde det er.',
    recipients: 'Modtagere, hver med navn og evt. begrundelse. En tom liste betyder: ingen modtagere.',
    'recipients.name': 'Modtagerens navn, fx Politiet.',
    'recipients.reason': 'Evt. hvorfor modtageren får oplysningerne.',
    transfers: 'Overførsler uden for EU/EØS, hver med sin garanti. En tom liste betyder: ingen.',
    'transfers.recipient': 'Modtageren uden for EU/EØS.',
    'transfers.safeguard': 'Forordningens artikel, overførslen sker efter.',
    'transfers.detail': 'Evt. uddybning.',
    retention: 'Hvor længe oplysningerne opbevares: en periode, kriterierne eller begge dele.',
    'retention.duration':
      'Perioden som tal og enhed, fx 30 dage: amount 30 og unit dage. Hvert sprog skriver den selv, så oversættelsen ikke gentager den.',
    'retention.duration.amount': 'Tallet, fx 30.',
    'retention.duration.unit': 'Enheden: dage, uger, måneder eller år.',
    'retention.period':
      'Perioden med ord, kun hvis den er mere end et tal og en enhed, fx 5 år efter sagens afslutning. Ellers brug duration.',
    'retention.criteria': 'Kriterierne for, hvor længe oplysningerne opbevares.',
    automatedDecisions:
      'Om der træffes afgørelser alene ved automatisk behandling (artikel 22); krævet. Siger kilden det ikke, så skriv det under knownGaps.',
    'automatedDecisions.used': 'Slået til, hvis der træffes automatiske afgørelser.',
    'automatedDecisions.explanation':
      'Logikken og konsekvenserne; krævet, når automatiske afgørelser bruges.',
    provisionRequirement: 'Om man skal give oplysningerne, og hvad der sker, hvis man ikke gør.',
    consentWithdrawal: 'Hvordan man trækker sit samtykke tilbage; krævet ved 6(1)(a) eller 9(2)(a).',
    legitimateInterest: 'Den legitime interesse; krævet ved 6(1)(f).',
    rightsOverride:
      'Kun ved en særlig grund: andre rettigheder end dem, retsgrundlaget giver, med begrundelse.',
    'rightsOverride.rights': 'De rettigheder, der skal vises.',
    'rightsOverride.justification': 'Den skriftlige begrundelse, som vises og står i rapporten.',
    knownGaps: 'Oplysninger, der ikke er offentliggjort endnu, hver med en begrundelse.',
    'knownGaps.element': 'Oplysningen, der mangler.',
    'knownGaps.reason': 'Begrundelsen, som læseren ser på siden, skrevet til borgeren.',
    sourceNotes:
      'Noter om kilderne, ikke om behandlingen, fx at en side kun findes på engelsk; vises sidst på siden.',
    'sourceNotes[]': 'Én note, fx: Den engelske udgave af siden angiver samtykke; her følger vi den danske.',
    lastReviewed: 'Datoen for seneste gennemgang af oplysningen.',
    reviewBy: 'Hvornår oplysningen skal gennemgås igen; ellers 12 måneder efter seneste gennemgang.',
    changes:
      'Offentlig ændringshistorik: ét punkt pr. ændring. Ændrer du retlige felter, så tilføj et punkt.',
    'changes.date': 'Datoen for ændringen.',
    'changes.note': 'En kort note om ændringen, som en borger forstår.',
    'changes.changed':
      'De elementer af selve behandlingen, ændringen gælder, fx modtagere. Lad feltet stå tomt, hvis kun teksten er ændret.',
    body: bodyHelp('vises under titlen og resuméet; til det, der ikke passer i et felt'),
  },
  agreement: {
    title: 'Ordningens navn, fx Fælles dataansvar for Carl 2.',
    summary: summaryHelp,
    parties: 'Myndighederne med fælles ansvar; mindst to.',
    covers: 'Hvad ordningen dækker.',
    document: 'Selve aftalen: titel og evt. webadresse.',
    'document.title': 'Aftalens titel, fx Aftale om fælles dataansvar (pdf).',
    'document.url': 'Hvor aftalen er offentliggjort, med https://.',
    ...searchWordsHelp,
    body: bodyHelp('vises på ordningens side'),
  },
  rights: {
    title: 'Sidens titel.',
    summary: 'En-to sætninger øverst på siden.',
    rights: 'Hver rettighed præcis én gang, i den rækkefølge de vises.',
    'rights.id': 'Rettigheden; bruges også som anker, fx /dine-rettigheder#access.',
    'rights.title': 'Overskriften, fx Ret til indsigt.',
    'rights.article': 'Forordningens artikel, kun tallet, fx 15.',
    'rights.paragraph':
      'Stykket i artiklen, kun tallet, fx 3 for artikel 7, stk. 3. Udelad det, hvis retten er hele artiklen.',
    'rights.point': 'Litraet i stykket, et bogstav, fx b. Udelad det, hvis retten er hele stykket.',
    'rights.hubText':
      'Linjen på myndighedens side; {genitiv} bliver til myndighedens navn i ejefald, fx Udlændingestyrelsens.',
    'rights.explanation': 'Forklaringen (Markdown).',
    body: bodyHelp('vises på siden om rettighederne'),
  },
  complaint: {
    title: 'Sidens titel.',
    summary: 'En-to sætninger, også brugt i klageafsnittet på hver myndigheds side.',
    supervisoryAuthority: 'Tilsynsmyndigheden: navn, website, CVR-nummer og kontaktkanaler.',
    'supervisoryAuthority.name': 'Tilsynsmyndighedens navn.',
    'supervisoryAuthority.website': 'Tilsynsmyndighedens website, med https://.',
    'supervisoryAuthority.cvr': 'Tilsynsmyndighedens CVR-nummer.',
    ...under('supervisoryAuthority.contact', contactHelp),
    body: bodyHelp('vises på siden om klage'),
  },
  topics: {
    title: 'Oversigtens titel.',
    summary: 'En-to sætninger øverst på oversigten.',
    topics: 'Emnerne i den rækkefølge, de vises.',
    'topics.id': 'Små bogstaver og bindestreger; bruges i formålenes emne og som anker, fx /oversigt#klager.',
    'topics.title': 'Emnets overskrift, fx Ophold og visum.',
    body: bodyHelp('vises øverst på oversigten'),
  },
  situations: {
    title: 'Overskriften over situationerne på forsiden, fx Hvad er din situation?',
    summary: 'En-to sætninger under overskriften.',
    situations: 'Situationerne i den rækkefølge, de vises.',
    'situations.title': 'Situationen med læserens ord, i jeg-form, fx Jeg skal rejse ud af Danmark.',
    'situations.notices': 'De formål, der gælder i situationen, i den rækkefølge de vises.',
    'situations.notices[]':
      'Ét formål skrevet som myndighed/formål: filnavnene uden .md, fx udlaendingestyrelsen/ophold-i-danmark.',
    body: bodyHelp('vises under situationerne på forsiden'),
  },
};

/** The fields only a translation has. */
const translationHelp: Record<string, string> = {
  nameInText:
    'Navnet, som det står inde i en sætning, hvor sproget sætter en artikel foran, fx the Danish Immigration Service. Udelad feltet, hvis navnet står uden artikel.',
  genitive:
    "Navnet i ejefald, kun hvor sprogets regel giver noget forkert: på engelsk sættes 's efter navnet i løbende tekst. Udelad ellers feltet.",
  'recipients.name':
    'Modtagerens navn, som det står i listen over modtagere: med stort begyndelsesbogstav og på engelsk uden artikel, fx Immigration authorities.',
  'recipients.nameInText':
    'Modtagerens navn, som det står inde i en sætning, fx the immigration authorities eller municipalities. Udelad feltet, hvis navnet står ens i en liste og i en sætning.',
  'supervisoryAuthority.nameInText':
    'Navnet, som det står inde i en sætning, fx the Danish Data Protection Agency (Datatilsynet).',
};

/** The note on a field the schema requires inside an optional object, which the form cannot require. */
export const neededWith = (objectLabel: string) => `Skal udfyldes, når ${objectLabel} er udfyldt.`;

/** The help text of a field, by its path; a field without one is an error, so no field lacks help. */
export function fieldHelp(kind: ContentKind, language: FormLanguage, path: string): string {
  const text = (language === 'translation' ? translationHelp[path] : undefined) ?? help[kind][path];
  if (!text) throw new Error(`The ${kind} field "${path}" has no help text in src/lib/editor/field-help.ts.`);
  return text;
}
