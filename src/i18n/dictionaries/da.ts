/**
 * Everything the site itself says in Danish: the wording of the content model's fixed values and the
 * headings and sentences of the pages. The source dictionary: its shape is the type `Dictionary`, which
 * every other language must fill. Texts from the content files are not here; they come with the content.
 */

import { createElement, type ReactNode } from 'react';

import { site } from '../../config/site';
import { danishCitations, type GdprProvision } from '../citations';
import { atSentenceStart, nameFormsIn, type NameForms } from '../names';
import { dateFormatter, durationFormatter, listWith, phrase } from '../phrases';
import { legalBasesDa } from './legal-bases-da';
import { requestDa } from './request-da';
import { requestFollowUpDa } from './request-follow-up-da';
import { requestLawDa } from './request-law-da';
import { requestPageDa } from './request-page-da';

const citations = danishCitations;

/** A term of the open-data format (a field, value or IRI) as code: the same in every language. */
const code = (term: string) => createElement('code', null, term);

export const da = {
  /** The locale of dates and numbers. */
  locale: 'da-DK',
  /** How the rules are cited: "artikel 6, stk. 1, litra e", "databeskyttelseslovens § 8". */
  citations,
  /** "2026-11-23" → "23. november 2026". */
  formatDate: dateFormatter('da-DK'),
  /** { amount: 30, unit: 'days' } → "30 dage". */
  formatDuration: durationFormatter('da-DK'),
  /** The items with separators between them: [a, ", ", b, " og ", c]; rendered items stay items. */
  list: listWith(' og '),
  /**
   * A name in the forms a sentence needs: Danish names are definite already, and the genitive adds "s"
   * ("Datatilsynets"), or an apostrophe after s, x or z.
   */
  nameForms: nameFormsIn('da-DK', (name) => (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`)),

  authorityKinds: { department: 'Departement', agency: 'Styrelse' },
  dataCategories: {
    ordinary: 'Almindelige personoplysninger',
    sensitive: 'Følsomme personoplysninger',
    criminal: 'Oplysninger om strafbare forhold',
    cpr: 'CPR-nummer',
  },
  sourceKinds: {
    dataSubject: 'Dig selv',
    publicAuthority: 'Andre myndigheder',
    privateParty: 'Private personer og virksomheder',
    publicRegister: 'Offentlige registre',
  },
  transferSafeguards: {
    '45': 'artikel 45 (EU-Kommissionen har vurderet, at landet har et tilstrækkeligt beskyttelsesniveau)',
    '46': 'artikel 46 (fornødne garantier)',
    '47': 'artikel 47 (bindende virksomhedsregler)',
    '49': 'artikel 49 (undtagelser i særlige situationer, fx vigtige samfundsinteresser eller retskrav)',
  },
  /** A notice's elements as a reader would name them, for the summary of what a notice does not publish. */
  noticeElements: {
    legalBasis: 'retsgrundlag',
    specialCategoryBasis: 'grundlag for følsomme oplysninger',
    criminalOffenceBasis: 'grundlag for oplysninger om strafbare forhold',
    cprBasis: 'grundlag for CPR-numre',
    legitimateInterest: 'legitim interesse',
    consentWithdrawal: 'tilbagetrækning af samtykke',
    dataCategories: 'kategorier af oplysninger',
    sources: 'kilder',
    recipients: 'modtagere',
    transfers: 'overførsel til lande uden for EU/EØS',
    retention: 'opbevaringsperiode',
    automatedDecisions: 'automatiske afgørelser',
    provisionRequirement: 'pligt til at give oplysningerne',
  },
  /** Every legal basis the content can name, in plain words, by its value in the content (legal-bases-da.ts). */
  legalBases: legalBasesDa,

  layout: {
    tagline:
      'Sådan behandler Udlændinge- og Integrationsministeriet og dets styrelser dine personoplysninger',
    /** The name of the ministry responsible for the site, in the header and footer. */
    publisher: site.publisher.name as string,
    /** The label of the language selector. */
    languageSwitch: 'Sprog',
    skipLink: 'Gå til sidens indhold',
    search: 'Søg',
    breadcrumbs: 'Brødkrummesti',
    frontPage: 'Forside',
    contents: 'Indhold på siden',
  },
  footer: {
    responsible: 'Ansvarlig for siden',
    phone: (link: ReactNode) => phrase('Telefon ', link),
    questions: (link: ReactNode) =>
      phrase('Spørgsmål om dine oplysninger: kontakt den myndighed, der behandler dem –', ' ', link, '.'),
    questionsLink: 'se kontaktoplysningerne under hver myndighed',
    shortcuts: 'Genveje',
    allAuthorities: 'Alle myndigheder',
    accessibilityStatement: 'Tilgængelighedserklæring',
    licences: 'Licenser for design og skrifttype',
    cookies: 'Cookies',
    noCookies: 'Siden sætter ingen cookies og bruger ingen statistik- eller sporingsværktøjer.',
  },
  /** The pages that concern every authority, as the footer and the 404 page link them. */
  sharedPages: {
    overview: 'Alle formål',
    rights: 'Dine rettigheder',
    complaint: 'Klage til Datatilsynet',
    search: 'Søg i beskrivelserne',
    changes: 'Ændringer i beskrivelserne',
    openData: 'Data om behandlinger (åbne data)',
  },
  printAddress: {
    printedFrom: (url: string, path: string) => phrase('Udskrevet fra ', url, path),
    updated: (date: string) => phrase(' · Senest opdateret ', date),
  },
  gapNote: { notPublished: 'Ikke offentliggjort' },
  showAll: (count: number, noun: string) => phrase('Vis alle ', count, ' ', noun),

  contact: {
    digitalPost: 'Digital Post',
    digitalPostHow: (recipient: ReactNode) =>
      phrase(
        'Skriv sikkert via Digital Post (fx e-Boks eller borger.dk – du logger på med MitID) til',
        ' ',
        recipient,
        '.',
      ),
    email: 'E-mail',
    emailWarning:
      'Almindelig e-mail er ikke krypteret. Send ikke CPR-nummer eller følsomme oplysninger på den måde.',
    contactForm: 'Kontaktformular',
    contactFormHow: 'Skriv via kontaktformularen',
    phone: 'Telefon',
    letter: 'Brev',
    notPublished: (name: NameForms, website: ReactNode) =>
      phrase('Find ', name.genitive, ' kontaktoplysninger på ', website, '.'),
  },

  authorityPage: {
    title: (name: NameForms) => `${name.genitiveAtStart} behandling af personoplysninger`,
    description: (name: NameForms) =>
      `Hvorfor ${name.inText} behandler personoplysninger, dine rettigheder, og hvordan du kontakter ${name.inText} og databeskyttelsesrådgiveren.`,
    jointControl: 'Fælles dataansvar',
    jointControlIntro: 'For nogle behandlinger deler vi ansvaret med andre myndigheder:',
    notices: 'Formål, vi behandler personoplysninger til',
    noticesIntro:
      'Vælg et formål for at læse, hvilke oplysninger vi behandler, hvorfor, hvem vi deler dem med, og hvor længe vi gemmer dem.',
    unpublishedCount: (unstated: number, applicable: number) =>
      phrase(unstated, ' af ', applicable, ' oplysninger er ikke offentliggjort'),
    rights: 'Dine rettigheder',
    rightsIntro: 'Efter databeskyttelsesforordningen har du blandt andet ret til at:',
    rightsWhich:
      'Hvilke rettigheder der gælder, afhænger af formålet og retsgrundlaget; det står under hvert formål.',
    rightsMore: 'Læs mere om dine rettigheder',
    contact: (name: NameForms) => `Kontakt ${name.inText}`,
    contactIntro: (name: NameForms) =>
      phrase('Vil du bruge dine rettigheder, skal du kontakte den dataansvarlige, som er ', name.inText, '.'),
    dpo: (name: NameForms) => `${name.genitiveAtStart} databeskyttelsesrådgiver (DPO)`,
    dpoIntro: (name: NameForms) =>
      phrase(
        name.atStart,
        ' har en databeskyttelsesrådgiver, som rådgiver om reglerne for behandling af personoplysninger. Du er velkommen til at kontakte databeskyttelsesrådgiveren, hvis du har spørgsmål til, hvordan vi behandler dine oplysninger.',
      ),
    complaint: (supervisor: NameForms) => `Klage til ${supervisor.inText}`,
    complaintHow: (supervisor: NameForms) => phrase('Sådan klager du til ', supervisor.inText),
    situations: 'Din situation',
    situationsIntro: 'Situationer, hvor vi eller en anden myndighed behandler oplysninger om dig:',
    authorities: 'Hvilken myndighed tager sig af hvad?',
  },
  /** How the front page and every hub name the authorities, so a reader finds the one that has their case. */
  authorityDirectory: {
    /** On a page in another language: the name a reader meets in letters from the authority. */
    danishName: 'Dansk navn: ',
    handles: 'Tager sig bl.a. af: ',
  },

  translation: {
    missingHeading: 'Teksten findes kun på dansk',
    missing:
      'Denne tekst er ikke oversat endnu. Overskrifter, retsgrundlag og dine rettigheder står på sidens sprog; navne, lovenes titler og resten af teksten står på dansk.',
    outdatedHeading: 'Dele af siden vises på dansk',
    outdated: (parts: ReactNode, link: ReactNode) =>
      phrase(
        'Disse dele er ændret på dansk, siden siden blev oversat, så de vises på dansk, indtil oversættelsen er opdateret: ',
        parts,
        '. ',
        link,
        '.',
      ),
    danishVersion: 'Læs den danske version',
    /** Each field of a content file (and its main text, `body`) as the note names it when it is shown in Danish. */
    parts: {
      title: 'titlen',
      summary: 'resuméet',
      purpose: 'formålet',
      body: 'brødteksten',
      legalBases: 'retsgrundlaget',
      specialCategoryBases: 'grundlaget for følsomme oplysninger',
      dataProtectionActBases: 'grundlaget i databeskyttelsesloven',
      statutes: 'de andre regler',
      dataCategories: 'kategorierne af oplysninger',
      dataSubjects: 'hvem oplysningerne handler om',
      sources: 'hvor oplysningerne stammer fra',
      recipients: 'modtagerne',
      transfers: 'overførslerne uden for EU og EØS',
      retention: 'opbevaringen',
      automatedDecisions: 'de automatiske afgørelser',
      provisionRequirement: 'om du skal give oplysningerne',
      consentWithdrawal: 'hvordan du trækker samtykket tilbage',
      legitimateInterest: 'de legitime interesser',
      rightsOverride: 'begrænsningerne i dine rettigheder',
      knownGaps: 'det, der ikke er offentliggjort',
      sourceNotes: 'noterne om disse oplysninger',
      changes: 'ændringerne',
      name: 'navnet',
      shortName: 'det korte navn',
      description: 'beskrivelsen',
      handles: 'opgaverne',
      nameInText: 'navnet i sætninger',
      genitive: 'navnet i ejefald',
      identificationAdvice: 'hvordan du identificerer dig',
      controllerContact: 'kontaktoplysningerne',
      dpoContact: 'databeskyttelsesrådgiverens kontaktoplysninger',
      covers: 'hvad ordningen dækker',
      document: 'aftalen',
      rights: 'rettighederne',
      supervisoryAuthority: 'tilsynsmyndigheden',
      topics: 'emnerne',
      situations: 'situationerne',
    } as Record<string, string>,
  },
  notice: {
    sections: {
      legalBasis: 'Formål og retsgrundlag',
      dataCategories: 'Kategorier af oplysninger',
      sources: 'Hvor stammer oplysningerne fra',
      recipients: 'Modtagere',
      transfers: 'Overførsel til lande uden for EU og EØS',
      retention: 'Opbevaring',
      automatedDecisions: 'Automatiske afgørelser',
      provision: 'Skal du give os oplysningerne?',
      rights: 'Dine rettigheder',
      contact: 'Kontakt',
      samePurpose: 'Samme formål hos andre myndigheder',
      changes: 'Ændringer',
      aboutThisInformation: 'Om disse oplysninger',
    },
    updated: (date: ReactNode) => phrase('Senest opdateret ', date),
    backToAuthority: (name: NameForms) => phrase('Tilbage til ', name.genitive, ' oversigt over formål'),
    allNotices: (count: number) => phrase('Alle ', count, ' formål'),
    sideNavTitle: (name: NameForms) => phrase(name.genitiveAtStart, ' formål'),

    legalBases: 'Retsgrundlag',
    gdprArticle: (provision: GdprProvision) => `Databeskyttelsesforordningens ${citations.gdpr(provision)}`,
    gdprSensitiveArticle: (provision: GdprProvision) =>
      `Databeskyttelsesforordningens ${citations.gdpr(provision)} (følsomme oplysninger)`,
    dataProtectionAct: (section: number) => atSentenceStart(citations.dataProtectionAct(section), 'da-DK'),
    basisInWords: (plain: string, citation: string) => `${plain} – ${citation}`,
    underLaw: (citation: string, law: string) => `${citation}, jf. ${law}`,
    lawsWithoutArticle: (name: NameForms, count: number) =>
      phrase(
        name.atStart,
        ' angiver ikke, hvilken bestemmelse i databeskyttelsesforordningens artikel 6 behandlingen sker efter, men oplyser ',
        count === 1 ? 'denne regel' : 'disse regler',
        ' ',
        'som grundlag:',
      ),
    legitimateInterest: 'Den legitime interesse',

    dataCategoriesNoun: 'kategorier af oplysninger',
    dataSubjects: 'Oplysningerne handler om:',
    noRecipients: 'Vi videregiver ikke oplysningerne til andre.',
    recipientsIntro: 'Oplysningerne kan blive videregivet til:',
    recipientsNoun: 'modtagere',
    noTransfers:
      'Vi overfører ikke oplysningerne til lande eller internationale organisationer uden for EU og EØS.',
    transfer: (recipient: string, safeguard: string) =>
      phrase(recipient, '. Overførslen sker efter databeskyttelsesforordningens', ' ', safeguard, '.'),
    retentionPeriod: 'Periode:',
    noAutomatedDecisions:
      'Vi træffer ikke afgørelser alene på grundlag af automatisk behandling, herunder profilering.',
    rightsIntro: (name: NameForms) =>
      phrase(
        'Når ',
        name.inText,
        ' behandler oplysninger om dig til dette formål, har du disse rettigheder:',
      ),
    rightLimited:
      '– begrænset: retten gælder ikke, når behandlingen er nødvendig for at overholde en retlig forpligtelse eller udøve offentlig myndighed (artikel 17, stk. 3, litra b)',
    rightMayBeLimited:
      '– kan være begrænset: retten gælder ikke, når behandlingen er nødvendig for at overholde en retlig forpligtelse eller udøve offentlig myndighed (artikel 17, stk. 3, litra b), og retsgrundlaget er ikke oplyst',
    undecidedRights:
      'Disse rettigheder gælder kun ved nogle retsgrundlag. Retsgrundlaget er ikke oplyst, så det er uvist, om du har dem:',
    answerDeadline:
      'Når du bruger en rettighed, skal du have svar uden unødig forsinkelse og senest en måned efter, at din anmodning er modtaget. Fristen kan forlænges med to måneder, hvis anmodningen er kompliceret; så får du besked inden for den første måned (artikel 12, stk. 3).',
    allRights: 'Læs om alle dine rettigheder',
    samePurposeTopic: (topic: string) => phrase('Se alle formål under emnet ', topic),
    reviewed: (date: string) => phrase('Oplysningen blev senest gennemgået ', date, '.'),

    gapSummary: 'Oplysninger, der ikke er offentliggjort',
  },

  /** A notice's first layer: each fact in one line under the title, linked to its section. */
  firstLayer: {
    title: 'Kort fortalt',
    responsible: 'Ansvarlig',
    purpose: 'Formål',
    legalBasis: 'Retsgrundlag',
    data: 'Oplysninger',
    recipients: 'Modtagere',
    retention: 'Opbevaring',
    rights: 'Dine rettigheder',
    dpo: 'Spørgsmål',
    basis: (plain: string, provision: GdprProvision) => `${plain} – ${citations.gdpr(provision)}`,
    lawWithoutArticle: (law: ReactNode) => phrase('Efter ', law, ' (GDPR-artiklen er ikke oplyst)'),
    lawsWithoutArticle: (count: number) =>
      phrase('Efter ', count, ' regler, som er nævnt nedenfor (GDPR-artiklen er ikke oplyst)'),
    noRecipients: 'Ingen',
    moreRecipients: (count: number) => `${count} flere`,
    noPeriod: 'Ingen periode oplyst',
    erasureLimited: 'Sletning er begrænset (artikel 17, stk. 3, litra b).',
    erasureMayBeLimited: 'Sletning kan være begrænset (artikel 17, stk. 3, litra b).',
    askDpo: (name: NameForms) => phrase('Spørg ', name.genitive, ' databeskyttelsesrådgiver'),
    dpoNotPublished: (name: NameForms) =>
      phrase('Rådgiverens kontakt er ikke offentliggjort. Spørg ', name.inText, '.'),
  },

  frontPage: {
    description:
      'Her kan du se, hvorfor Udlændinge- og Integrationsministeriet og dets styrelser behandler oplysninger om dig, hvilke oplysninger det drejer sig om, hvem de deles med, hvor længe de gemmes, og hvordan du bruger dine rettigheder.',
    title: 'Sådan behandler vi dine personoplysninger',
    chooseAuthority: 'Vælg myndighed',
    noticeCount: (count: number) => phrase(' · ', count, ' formål'),
    notSureWhich: 'Ved du ikke, hvilken myndighed der har dine oplysninger?',
    findAcross: (link: ReactNode) =>
      phrase(
        'Find dit formål på tværs af myndighederne – fx klagesager, statsborgerskab eller hjemrejse:',
        ' ',
        link,
        '.',
      ),
    overviewLink: 'Alle formål samlet efter emne',
    forAll: 'For alle myndigheder',
    rights: 'Dine rettigheder',
    rightsWhat: ' – indsigt, berigtigelse, sletning og de øvrige rettigheder forklaret',
    complaint: 'Klage til Datatilsynet',
    complaintWhen: ' – hvis du er utilfreds med, hvordan dine oplysninger behandles',
  },
  notFound: {
    title: 'Siden findes ikke',
    lead: 'Vi kan ikke finde den side, du leder efter. Adressen kan være skrevet forkert, eller siden kan være flyttet.',
    findYourWay: 'Find det, du leder efter',
    authority: (name: NameForms) => phrase(name.genitiveAtStart, ' behandling af personoplysninger'),
    frontPage: 'Forsiden',
  },
  search: {
    title: 'Søg',
    description:
      'Søg i alle myndighedernes beskrivelser af, hvordan de behandler personoplysninger, eller find formålet i indekset fra A til Å.',
    heading: 'Søg i beskrivelserne',
    label: 'Søgeord',
    button: 'Søg',
    withoutJavaScript:
      'Søgningen virker kun med JavaScript slået til. Uden JavaScript finder du dit formål i indekset fra A til Å herunder eller i oversigten efter emne.',
    aToZ: 'Alle formål fra A til Å',
    seeAlso: (link: ReactNode) => phrase('Se også ', link, '.'),
    byTopic: 'alle formål samlet efter emne',
    /**
     * The heading over the results, which soeg.js writes: the page hands the templates to the script as
     * data attributes, and the script fills in {query} (the search words), {total} (the number of hits)
     * and {shown} (how many of them it lists). One template per case, so each language words them whole.
     */
    results: {
      none: 'Ingen resultater for »{query}«',
      one: '{total} resultat for »{query}«',
      many: '{total} resultater for »{query}«',
      manyBestShown: '{total} resultater for »{query}« – de {shown} bedste vises',
      /** Under the heading when no page has every word: the results have one or more of them. */
      anyWords: 'Ingen side indeholder alle ordene, så her er sider med nogle af dem, de bedste først.',
    },
  },
  changes: {
    title: 'Ændringer i beskrivelserne',
    description:
      'Alle ændringer i beskrivelserne af, hvordan myndighederne behandler personoplysninger, med de nyeste først.',
    authorityTitle: (name: NameForms) => `Ændringer i ${name.genitive} beskrivelser`,
    authorityDescription: (name: NameForms) =>
      `Alle ændringer i ${name.genitive} beskrivelser af, hvordan personoplysninger behandles, med de nyeste først.`,
    follow: 'Følg med i ændringerne',
    subscribe: 'Du kan abonnere på ændringerne med en feed-læser (Atom):',
    allFeed: 'Alle myndigheder (Atom-feed)',
    authorityFeed: (name: NameForms) => phrase(name.title, ' (Atom-feed)'),
    all: 'Alle ændringer',
    filter: 'Vis ændringerne hos',
    allAuthorities: 'Alle myndigheder',
    /** The change log's sections, one per kind of change (src/lib/changes.ts). */
    kinds: {
      processing: 'Ændringer i behandlingen',
      published: 'Nye beskrivelser',
      wording: 'Ændringer i teksten',
    },
    kindIntros: {
      processing:
        'Her er det ændret, hvordan oplysningerne behandles: retsgrundlaget, oplysningerne, kilderne, modtagerne, overførslerne eller opbevaringen.',
      published: 'Beskrivelser af formål, der er kommet på sitet.',
      wording: 'Her er kun teksten ændret, fx uddybet eller rettet. Behandlingen er den samme.',
    },
    /** The line that says what changed for the reader, before the change note. */
    whatChanged: {
      processing: (elements: string) => `Ændret i behandlingen: ${elements}.`,
      published: 'Beskrivelsen er offentliggjort.',
      wording: 'Kun teksten er ændret.',
    },
  },
  /** A notice's past version: its marking, the list of versions and what changed. */
  versions: {
    crumb: (date: string) => `Versionen fra ${date}`,
    title: (title: string, date: string) => `${title} – versionen fra ${date}`,
    markingHeading: (date: string) => `Dette er versionen fra ${date}`,
    noLongerApplies: (link: ReactNode) => phrase('Den gælder ikke længere – ', link, '.'),
    readCurrent: 'læs den gældende version',
    inForce: (from: ReactNode, until: ReactNode | undefined) =>
      until ? phrase('Den gjaldt fra ', from, ' til ', until, '.') : phrase('Den gjaldt fra ', from, '.'),
    withdrawnOn: (date: ReactNode) => phrase('Denne beskrivelse blev trukket tilbage den ', date, '.'),
    authorityNotices: (name: NameForms) => phrase('Se ', name.genitive, ' gældende formål'),
    sinceThisToLast: 'Fra denne version til den sidste, før beskrivelsen blev trukket tilbage',
    withdrawnHeading: 'Tilbagetrukne beskrivelser',
    withdrawnIntro:
      'Beskrivelser af formål, som ikke længere offentliggøres. Den sidste version af hver kan stadig læses.',
    withdrawnEntry: (date: ReactNode) => phrase(' – trukket tilbage den ', date),
    readLast: (date: string) => `Læs den sidste version, fra ${date}`,
    seeWhatChanged: 'Se, hvad der er ændret',
    listHeading: 'Tidligere versioner',
    currentSince: (date: ReactNode) => phrase('Den gældende version gælder fra ', date, '.'),
    versionOf: (date: string) => `Versionen fra ${date}`,
    until: (date: ReactNode) => phrase(' (gjaldt til ', date, ')'),
    unreadable: ' kan ikke vises, fordi den ikke passer til sitets nuværende opbygning',
    changeVersion: (date: string) => `se versionen fra ${date}`,
    comparisonHeading: 'Hvad er ændret',
    sinceThis: 'Fra denne version til den gældende',
    fromPrevious: (date: ReactNode) => phrase('Fra versionen fra ', date, ' til denne'),
    textSection: 'Titel og tekst',
    added: 'Tilføjet:',
    removed: 'Fjernet:',
    addedWords: 'tilføjet: ',
    removedWords: 'fjernet: ',
    otherChanges: 'Afsnittene er uændrede; ændringen ligger i sidens øvrige oplysninger.',
    changeNotes: 'Ændringsnoter i perioden',
    automatedUsed: (used: boolean): string =>
      used ? 'Der træffes automatiske afgørelser' : 'Der træffes ikke automatiske afgørelser',
    fields: {
      title: 'Titel',
      summary: 'Kort fortalt',
      body: 'Tekst',
      purpose: 'Formål',
      legitimateInterest: 'Den legitime interesse',
      consentWithdrawal: 'Tilbagetrækning af samtykke',
      'retention.criteria': 'Kriterier for opbevaring',
      'automatedDecisions.explanation': 'Forklaring',
      provisionRequirement: 'Pligt til at give oplysningerne',
    } as Record<string, string>,
  },
  overview: { topics: 'Emner' },
  /**
   * The open-data page. The format's terms (field names, values, IRIs) are code in every language; the
   * page passes in what it builds itself: links, the version, the namespace and the defined term.
   */
  openData: {
    title: 'Data om behandlinger',
    description:
      'Myndighedernes beskrivelser af, hvordan de behandler personoplysninger, som åbne data i JSON og JSON-LD – til journalister, forskere, udviklere og andre myndigheder.',
    files: 'Filerne',
    indexLink: 'Indekset (index.json)',
    filesIntro: (indexLink: ReactNode) =>
      phrase(indexLink, ' peger på ét dokument pr. myndighed. Hvert dokument findes i to udgaver:'),
    /** After "JSON" or "JSON-LD" in a file's link, for screen readers only. */
    fileOf: (name: NameForms) => phrase(' for ', name.inText),
    contents: 'Hvad dokumenterne indeholder',
    structure:
      'Strukturen følger fortegnelsen i databeskyttelsesforordningens artikel 30 og oplysningspligten i artikel 13 og 14: den dataansvarlige og databeskyttelsesrådgiveren og for hvert formål formålet, retsgrundlaget, kategorierne af oplysninger og registrerede, kilderne, modtagerne, overførsler til lande uden for EU/EØS, opbevaringen, dine rettigheder, datoen for seneste gennemgang og ændringshistorikken.',
    nullAndEmpty: () =>
      phrase(
        'Et felt med værdien ',
        code('null'),
        ' betyder, at oplysningen ikke er offentliggjort endnu; årsagen står i ',
        code('knownGaps'),
        '. En tom liste betyder, at der ingen er – fx ingen modtagere.',
      ),
    gapsIntro:
      'Mangler en beskrivelse en oplysning, som databeskyttelsesforordningen kræver, siger dokumenterne det åbent for hver oplysning, med samme begrundelse som siden:',
    gapsInJson: () =>
      phrase(
        'I JSON har hvert formål og hver myndighed listen ',
        code('knownGaps'),
        '. Hvert punkt har',
        ' ',
        code('element'),
        ' (hvilken oplysning), ',
        code('field'),
        ' (feltet i dokumentet, der ellers ville indeholde den, eller ',
        code('null'),
        ', hvis dokumentet ikke har et felt til den),',
        ' ',
        code('status'),
        ' med værdien ',
        code('notPublished'),
        ' (ikke offentliggjort) og',
        ' ',
        code('reason'),
        ' (begrundelsen). Feltet selv er ',
        code('null'),
        '. Kun',
        ' ',
        code('dataProtectionActBases'),
        ' kan stadig nævne andre paragraffer i databeskyttelsesloven.',
      ),
    /** `notPublished` is the page's definition of the term persondata:notPublished. */
    gapsInJsonLd: (notPublished: ReactNode) =>
      phrase(
        'I JSON-LD er egenskaben udeladt (fx ',
        code('dpv:hasLegalBasis'),
        '), og formålet – eller den dataansvarlige eller databeskyttelsesrådgiveren – har i stedet en ',
        code('dpv:hasJustification'),
        ': en ',
        code('dpv:Justification'),
        ', hvis ',
        code('dct:description'),
        ' er begrundelsen, og hvis',
        ' ',
        notPublished,
        ' ',
        'nævner oplysningen med samme navn som ',
        code('element'),
        ' i JSON. En egenskab med en tom liste og ingen begrundelse betyder, at der ingen er.',
      ),
    /** `namespace` is the address the prefix persondata stands for. */
    ownTerm: (namespace: string) =>
      phrase(
        code('dpv:Justification'),
        ' og ',
        code('dpv:hasJustification'),
        ' er DPV’s egne begreber for en begrundelse eller forklaring knyttet til en behandling. DPV har intet begreb for, at en bestemt oplysning i oplysningspligten ikke er offentliggjort; derfor er ',
        code('persondata:notPublished'),
        ' ',
        'sidens eget, og dets adresse er dette afsnit (præfikset ',
        code('persondata'),
        ' står for',
        ' ',
        code(namespace),
        ').',
      ),
    schema: 'Format og skema',
    /** `schemaLink` links the file by its name, "JSON Schema (draft 2020-12)". */
    formatVersion: (version: string, schemaLink: ReactNode) =>
      phrase(
        'Formatet har version ',
        version,
        '. Det beskrives af et',
        ' ',
        schemaLink,
        ', som alle dokumenterne kontrolleres mod, før siden udgives. Fjerner vi et felt eller ændrer dets betydning, får formatet en ny hovedversion under en ny adresse; nye felter kan komme til inden for samme version.',
      ),
    jsonLd: 'JSON-LD og Data Privacy Vocabulary',
    followFeed: (feedLink: ReactNode) => phrase('Følg ændringerne i beskrivelserne i ', feedLink, '.'),
    siteFeed: 'Atom-feedet for hele siden',
  },
  rightsPage: {
    article: (provision: GdprProvision) =>
      phrase('Databeskyttelsesforordningens ', citations.gdpr(provision)),
  },
  complaintPage: {
    contact: (name: NameForms) => phrase('Kontakt ', name.inText),
    cvr: (cvr: string) => phrase('CVR-nummer ', cvr),
  },
  /** A request to use a right, written for the reader (src/lib/rights-request). */
  request: requestDa,
  /** What the law says beside a request: limits, refusals, art. 19, art. 18(1), aktindsigt. */
  requestLaw: requestLawDa,
  /** The request pages: headings, the form and the buttons (src/app/[lang]/brug-dine-rettigheder). */
  requestPage: requestPageDa,
  /** After a request is sent: the reminder, the complaint and their section (src/lib/rights-request/follow-up.ts). */
  requestFollowUp: requestFollowUpDa,
  agreementPage: {
    parties: 'Myndigheder med fælles ansvar',
    covers: 'Hvad ordningen dækker',
    document: 'Selve aftalen',
    documentNotPublished: (title: string) =>
      phrase(
        title,
        ' er ikke offentliggjort på dette site endnu. Kontakt en af myndighederne ovenfor, hvis du vil se den.',
      ),
  },
};

/** What every language's dictionary must say: the shape of the Danish one. */
export type Dictionary = typeof da;
