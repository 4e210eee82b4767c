/** Everything the site itself says, in English: plain words for foreign readers, often on a phone. */

import { createElement, type ReactNode } from 'react';

import { englishCitations, type GdprProvision } from '../citations';
import { nameFormsIn, type NameForms } from '../names';
import { dateFormatter, durationFormatter, listWith, phrase } from '../phrases';
import type { Dictionary } from './da';
import { legalBasesEn } from './legal-bases-en';
import { requestEn } from './request-en';
import { requestFollowUpEn } from './request-follow-up-en';
import { requestLawEn } from './request-law-en';
import { requestPageEn } from './request-page-en';

const citations = englishCitations;

/** A term of the open-data format (a field, value or IRI) as code: the same in every language. */
const code = (term: string) => createElement('code', null, term);

export const en = {
  locale: 'en-GB',
  citations,
  /** "2026-11-23" → "23 November 2026". */
  formatDate: dateFormatter('en-GB'),
  /** { amount: 30, unit: 'days' } → "30 days". */
  formatDuration: durationFormatter('en-GB'),
  list: listWith(' and '),
  /** The running-text form comes from the content, with its article; the genitive adds "'s". */
  nameForms: nameFormsIn('en-GB', (inText) => `${inText}'s`),

  authorityKinds: { department: 'Ministry department', agency: 'Agency' },
  dataCategories: {
    ordinary: 'Ordinary personal data',
    sensitive: 'Sensitive personal data',
    criminal: 'Data about criminal offences',
    cpr: 'CPR number (Danish personal identification number)',
  },
  sourceKinds: {
    dataSubject: 'You',
    publicAuthority: 'Other public authorities',
    privateParty: 'Private individuals and companies',
    publicRegister: 'Public registers',
  },
  transferSafeguards: {
    '45': 'Article 45 (the European Commission has decided that the country protects personal data adequately)',
    '46': 'Article 46 (appropriate safeguards)',
    '47': 'Article 47 (binding corporate rules)',
    '49': 'Article 49 (exceptions in specific situations, such as important reasons of public interest or legal claims)',
  },
  noticeElements: {
    legalBasis: 'the legal basis',
    specialCategoryBasis: 'the basis for sensitive data',
    criminalOffenceBasis: 'the basis for data about criminal offences',
    cprBasis: 'the basis for CPR numbers',
    legitimateInterest: 'the legitimate interest',
    consentWithdrawal: 'how to withdraw consent',
    dataCategories: 'the types of data',
    sources: 'the sources',
    recipients: 'the recipients',
    transfers: 'transfers to countries outside the EU/EEA',
    retention: 'how long the data is kept',
    automatedDecisions: 'automated decisions',
    provisionRequirement: 'whether you must give the data',
  },
  legalBases: legalBasesEn,

  layout: {
    tagline:
      'How the Danish Ministry of Immigration and Integration and its agencies process your personal data',
    /** The name of the ministry responsible for the site, in the header and footer. */
    publisher: 'Ministry of Immigration and Integration',
    /** The label of the language selector. */
    languageSwitch: 'Language',
    skipLink: 'Skip to main content',
    search: 'Search',
    breadcrumbs: 'Breadcrumbs',
    frontPage: 'Home',
    contents: 'On this page',
  },
  footer: {
    responsible: 'Responsible for this site',
    phone: (link: ReactNode) => phrase('Phone ', link),
    questions: (link: ReactNode) =>
      phrase('Questions about your data: contact the authority that processes it –', ' ', link, '.'),
    questionsLink: 'see the contact details under each authority',
    shortcuts: 'Shortcuts',
    allAuthorities: 'All authorities',
    accessibilityStatement: 'Accessibility statement',
    licences: 'Licences for design and font',
    cookies: 'Cookies',
    noCookies: 'This site sets no cookies and uses no statistics or tracking tools.',
  },
  sharedPages: {
    overview: 'All purposes',
    rights: 'Your rights',
    complaint: 'Complain to the Danish Data Protection Agency (Datatilsynet)',
    search: 'Search the privacy notices',
    changes: 'Changes to the privacy notices',
    openData: 'Data about the processing (open data)',
  },
  printAddress: {
    printedFrom: (url: string, path: string) => phrase('Printed from ', url, path),
    updated: (date: string) => phrase(' · Last updated ', date),
  },
  gapNote: { notPublished: 'Not published' },
  showAll: (count: number, noun: string) => phrase('Show all ', count, ' ', noun),

  contact: {
    digitalPost: 'Digital Post',
    digitalPostHow: (recipient: ReactNode) =>
      phrase(
        'Write securely through Digital Post (for example e-Boks or borger.dk – you log in with MitID) to',
        ' ',
        recipient,
        '.',
      ),
    email: 'Email',
    emailWarning: 'Ordinary email is not encrypted. Do not send your CPR number or sensitive data that way.',
    contactForm: 'Contact form',
    contactFormHow: 'Write through the contact form',
    phone: 'Phone',
    letter: 'Letter',
    notPublished: (name: NameForms, website: ReactNode) =>
      phrase('Find ', name.genitive, ' contact details at ', website, '.'),
  },

  authorityPage: {
    title: (name: NameForms) => `${name.genitiveAtStart} processing of personal data`,
    description: (name: NameForms) =>
      `Why ${name.inText} processes personal data, your rights, and how to contact ${name.inText} and its data protection officer.`,
    jointControl: 'Joint controllership',
    jointControlIntro: 'For some processing, we share the responsibility with other authorities:',
    notices: 'Purposes we process personal data for',
    noticesIntro:
      'Choose a purpose to read what data we process, why, who we share it with, and how long we keep it.',
    unpublishedCount: (unstated: number, applicable: number) =>
      phrase(unstated, ' of ', applicable, ' facts are not published'),
    rights: 'Your rights',
    rightsIntro:
      'Under the General Data Protection Regulation (GDPR), you have, among other things, the right to:',
    rightsWhich:
      'Which rights apply depends on the purpose and the legal basis; this is stated under each purpose.',
    rightsMore: 'Read more about your rights',
    contact: (name: NameForms) => `Contact ${name.inText}`,
    contactIntro: (name: NameForms) =>
      phrase('To use your rights, contact the data controller, which is ', name.inText, '.'),
    dpo: (name: NameForms) => `${name.genitiveAtStart} data protection officer (DPO)`,
    dpoIntro: (name: NameForms) =>
      phrase(
        name.atStart,
        ' has a data protection officer, who gives advice on the rules for processing personal data. You are welcome to contact the data protection officer if you have questions about how we process your data.',
      ),
    complaint: (supervisor: NameForms) => `Complain to ${supervisor.inText}`,
    complaintHow: (supervisor: NameForms) => phrase('How to complain to ', supervisor.inText),
    situations: 'Your situation',
    situationsIntro: 'Situations in which we or another authority process data about you:',
    authorities: 'Which authority handles what?',
  },
  authorityDirectory: {
    danishName: 'Danish name: ',
    handles: 'Handles, among other things: ',
  },

  translation: {
    missingHeading: 'This text is only available in Danish',
    missing:
      'This text has not been translated yet. The headings, the legal bases and your rights are in English; names, the titles of laws and the rest of the text are in Danish.',
    outdatedHeading: 'Parts of this page are shown in Danish',
    outdated: (parts: ReactNode, link: ReactNode) =>
      phrase(
        'These parts have changed in Danish since this page was translated, so they are shown in Danish until the translation is updated: ',
        parts,
        '. ',
        link,
        '.',
      ),
    danishVersion: 'Read the Danish version',
    /** Each field of a content file (and its main text, `body`) as the note names it when it is shown in Danish. */
    parts: {
      title: 'the title',
      summary: 'the summary',
      purpose: 'the purpose',
      body: 'the main text',
      legalBases: 'the legal basis',
      specialCategoryBases: 'the basis for processing sensitive data',
      dataProtectionActBases: 'the basis in the Danish Data Protection Act',
      statutes: 'the other rules',
      dataCategories: 'the types of data',
      dataSubjects: 'whose data is processed',
      sources: 'where the data comes from',
      recipients: 'the recipients',
      transfers: 'the transfers outside the EU and EEA',
      retention: 'how long the data is kept',
      automatedDecisions: 'the automated decisions',
      provisionRequirement: 'whether you have to give the data',
      consentWithdrawal: 'how to withdraw your consent',
      legitimateInterest: 'the legitimate interests',
      rightsOverride: 'the limits to your rights',
      knownGaps: 'what has not been published',
      sourceNotes: 'the notes about this information',
      changes: 'the changes',
      name: 'the name',
      shortName: 'the short name',
      description: 'the description',
      handles: 'the tasks',
      nameInText: 'the name in sentences',
      genitive: 'the possessive form of the name',
      identificationAdvice: 'how to identify yourself',
      controllerContact: 'the contact details',
      dpoContact: 'the data protection officer’s contact details',
      covers: 'what the arrangement covers',
      document: 'the agreement',
      rights: 'the rights',
      supervisoryAuthority: 'the supervisory authority',
      topics: 'the topics',
      situations: 'the situations',
    },
  },
  notice: {
    sections: {
      legalBasis: 'Purpose and legal basis',
      dataCategories: 'Types of data',
      sources: 'Where the data comes from',
      recipients: 'Recipients',
      transfers: 'Transfers to countries outside the EU and EEA',
      retention: 'How long we keep the data',
      automatedDecisions: 'Automated decisions',
      provision: 'Do you have to give us the data?',
      rights: 'Your rights',
      contact: 'Contact',
      samePurpose: 'The same purpose at other authorities',
      changes: 'Changes',
      aboutThisInformation: 'About this information',
    },
    updated: (date: ReactNode) => phrase('Last updated ', date),
    backToAuthority: (name: NameForms) => phrase('Back to ', name.genitive, ' list of purposes'),
    allNotices: (count: number) => phrase('All ', count, ' purposes'),
    sideNavTitle: (name: NameForms) => phrase(name.genitiveAtStart, ' purposes'),

    legalBases: 'Legal basis',
    gdprArticle: (provision: GdprProvision) => `${citations.gdpr(provision)} GDPR`,
    gdprSensitiveArticle: (provision: GdprProvision) => `${citations.gdpr(provision)} GDPR (sensitive data)`,
    dataProtectionAct: (section: number) => citations.dataProtectionAct(section),
    basisInWords: (plain: string, citation: string) => `${plain}: ${citation}`,
    underLaw: (citation: string, law: string) => `${citation}, read with ${law}`,
    lawsWithoutArticle: (name: NameForms, count: number) =>
      phrase(
        name.atStart,
        ' does not state which provision of Article 6 GDPR the processing is based on, but gives ',
        count === 1 ? 'this rule' : 'these rules',
        ' ',
        'as the basis:',
      ),
    legitimateInterest: 'The legitimate interest',

    dataCategoriesNoun: 'types of data',
    dataSubjects: 'The data is about:',
    noRecipients: 'We do not pass the data on to anyone else.',
    recipientsIntro: 'The data may be passed on to:',
    recipientsNoun: 'recipients',
    noTransfers:
      'We do not transfer the data to countries or international organisations outside the EU and EEA.',
    transfer: (recipient: string, safeguard: string) =>
      phrase(recipient, '. The transfer is based on GDPR', ' ', safeguard, '.'),
    retentionPeriod: 'Period:',
    noAutomatedDecisions:
      'We do not make decisions by automated means alone, and we do not use profiling for such decisions.',
    rightsIntro: (name: NameForms) =>
      phrase('When ', name.inText, ' processes data about you for this purpose, you have these rights:'),
    rightLimited:
      '– limited: the right does not apply when the processing is necessary to comply with a legal obligation or to exercise official authority (Article 17(3)(b) GDPR)',
    rightMayBeLimited:
      '– may be limited: the right does not apply when the processing is necessary to comply with a legal obligation or to exercise official authority (Article 17(3)(b) GDPR), and the legal basis is not published',
    undecidedRights:
      'These rights apply only under some legal bases. The legal basis is not published, so it is not known whether you have them:',
    answerDeadline:
      'When you use a right, you must get an answer without undue delay and no later than one month after your request was received. The deadline can be extended by two months if the request is complex; you will then be told within the first month (Article 12(3) GDPR).',
    allRights: 'Read about all your rights',
    samePurposeTopic: (topic: string) => phrase('See all purposes under the topic ', topic),
    reviewed: (date: string) => phrase('This information was last reviewed on ', date, '.'),

    gapSummary: 'Information that is not published',
  },

  firstLayer: {
    title: 'In short',
    responsible: 'Responsible',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    data: 'Data',
    recipients: 'Recipients',
    retention: 'Kept for',
    rights: 'Your rights',
    dpo: 'Questions',
    basis: (plain: string, provision: GdprProvision) => `${plain} – ${citations.gdpr(provision)} GDPR`,
    lawWithoutArticle: (law: ReactNode) => phrase('Under ', law, ' (GDPR article not published)'),
    lawsWithoutArticle: (count: number) =>
      phrase('Under ', count, ' rules named below (GDPR article not published)'),
    noRecipients: 'No one',
    moreRecipients: (count: number) => `${count} more`,
    noPeriod: 'No period given',
    erasureLimited: 'Erasure is limited (Article 17(3)(b) GDPR).',
    erasureMayBeLimited: 'Erasure may be limited (Article 17(3)(b) GDPR).',
    askDpo: (name: NameForms) => phrase('Ask ', name.genitive, ' data protection officer'),
    dpoNotPublished: (name: NameForms) =>
      phrase('The officer’s contact details are not published. Ask ', name.inText, '.'),
  },

  frontPage: {
    description:
      'Here you can see why the Danish Ministry of Immigration and Integration and its agencies process data about you, what data it is, who it is shared with, how long it is kept, and how to use your rights.',
    title: 'How we process your personal data',
    chooseAuthority: 'Choose an authority',
    noticeCount: (count: number) => phrase(' · ', count, count === 1 ? ' purpose' : ' purposes'),
    notSureWhich: 'Not sure which authority has your data?',
    findAcross: (link: ReactNode) =>
      phrase(
        'Find your purpose across the authorities – for example complaints, citizenship or return:',
        ' ',
        link,
        '.',
      ),
    overviewLink: 'All purposes by topic',
    forAll: 'For all authorities',
    rights: 'Your rights',
    rightsWhat: ' – access, rectification, erasure and your other rights explained',
    complaint: 'Complain to the Danish Data Protection Agency (Datatilsynet)',
    complaintWhen: ' – if you are not satisfied with how your data is processed',
  },
  notFound: {
    title: 'Page not found',
    lead: 'We cannot find the page you are looking for. The address may be misspelt, or the page may have moved.',
    findYourWay: 'Find what you are looking for',
    authority: (name: NameForms) => phrase(name.genitiveAtStart, ' processing of personal data'),
    frontPage: 'Home page',
  },
  search: {
    title: 'Search',
    description: 'Search all the authorities’ privacy notices, or find the purpose in the A to Z index.',
    heading: 'Search the privacy notices',
    label: 'Search words',
    button: 'Search',
    withoutJavaScript:
      'Search only works with JavaScript turned on. Without JavaScript, find your purpose in the A to Z index below or in the overview by topic.',
    aToZ: 'All purposes from A to Z',
    seeAlso: (link: ReactNode) => phrase('See also ', link, '.'),
    byTopic: 'all purposes by topic',
    results: {
      none: 'No results for “{query}”',
      one: '{total} result for “{query}”',
      many: '{total} results for “{query}”',
      manyBestShown: '{total} results for “{query}” – showing the top {shown}',
      anyWords: 'No page has all the words, so here are pages with some of them, best first.',
    },
  },
  changes: {
    title: 'Changes to the privacy notices',
    description:
      'All changes to the authorities’ descriptions of how they process personal data, newest first.',
    authorityTitle: (name: NameForms) => `Changes to ${name.genitive} privacy notices`,
    authorityDescription: (name: NameForms) =>
      `All changes to ${name.genitive} descriptions of how personal data is processed, newest first.`,
    follow: 'Follow the changes',
    subscribe: 'You can subscribe to the changes with a feed reader (Atom):',
    allFeed: 'All authorities (Atom feed)',
    authorityFeed: (name: NameForms) => phrase(name.title, ' (Atom feed)'),
    all: 'All changes',
    filter: 'Show the changes at',
    allAuthorities: 'All authorities',
    kinds: {
      processing: 'Changes in the processing',
      published: 'New privacy notices',
      wording: 'Changes in the text',
    },
    kindIntros: {
      processing:
        'How the data is processed has changed: the legal basis, the data, its sources, its recipients, transfers or how long it is kept.',
      published: 'Privacy notices that have been added to the site.',
      wording:
        'Only the text has changed, for example explained further or corrected. The processing is the same.',
    },
    whatChanged: {
      processing: (elements: string) => `Changed in the processing: ${elements}.`,
      published: 'The notice was published.',
      wording: 'Only the text has changed.',
    },
  },
  versions: {
    crumb: (date: string) => `The version of ${date}`,
    title: (title: string, date: string) => `${title} – the version of ${date}`,
    markingHeading: (date: string) => `This is the version of ${date}`,
    noLongerApplies: (link: ReactNode) => phrase('It no longer applies – ', link, '.'),
    readCurrent: 'read the current version',
    inForce: (from: ReactNode, until: ReactNode | undefined) =>
      until ? phrase('It applied from ', from, ' to ', until, '.') : phrase('It applied from ', from, '.'),
    withdrawnOn: (date: ReactNode) => phrase('This notice was withdrawn on ', date, '.'),
    authorityNotices: (name: NameForms) => phrase('See ', name.genitive, ' current purposes'),
    sinceThisToLast: 'From this version to the last one before the notice was withdrawn',
    withdrawnHeading: 'Withdrawn notices',
    withdrawnIntro: 'Notices that are no longer published. The last version of each can still be read.',
    withdrawnEntry: (date: ReactNode) => phrase(' – withdrawn on ', date),
    readLast: (date: string) => `Read the last version, of ${date}`,
    seeWhatChanged: 'See what has changed',
    listHeading: 'Earlier versions',
    currentSince: (date: ReactNode) => phrase('The current version applies from ', date, '.'),
    versionOf: (date: string) => `The version of ${date}`,
    until: (date: ReactNode) => phrase(' (applied until ', date, ')'),
    unreadable: ' cannot be shown, as it does not fit the way the site is built today',
    changeVersion: (date: string) => `see the version of ${date}`,
    comparisonHeading: 'What has changed',
    sinceThis: 'From this version to the current one',
    fromPrevious: (date: ReactNode) => phrase('From the version of ', date, ' to this one'),
    textSection: 'Title and text',
    added: 'Added:',
    removed: 'Removed:',
    addedWords: 'added: ',
    removedWords: 'removed: ',
    otherChanges: 'The sections are unchanged; the change is in the other information on the page.',
    changeNotes: 'Change notes of the period',
    automatedUsed: (used: boolean) =>
      used ? 'Automated decisions are made' : 'No automated decisions are made',
    fields: {
      title: 'Title',
      summary: 'In short',
      body: 'Text',
      purpose: 'Purpose',
      legitimateInterest: 'The legitimate interest',
      consentWithdrawal: 'Withdrawing consent',
      'retention.criteria': 'Criteria for keeping the data',
      'automatedDecisions.explanation': 'Explanation',
      provisionRequirement: 'Duty to provide the data',
    },
  },
  overview: { topics: 'Topics' },
  openData: {
    title: 'Data about the processing',
    description:
      'The authorities’ descriptions of how they process personal data, as open data in JSON and JSON-LD – for journalists, researchers, developers and other authorities.',
    files: 'The files',
    indexLink: 'The index (index.json)',
    filesIntro: (indexLink: ReactNode) =>
      phrase(indexLink, ' points to one document per authority. Each document comes in two versions:'),
    fileOf: (name: NameForms) => phrase(' document for ', name.inText),
    contents: 'What the documents contain',
    structure:
      'The structure follows the records of processing activities in Article 30 GDPR and the information you must be given under Articles 13 and 14: the data controller and the data protection officer and, for each purpose, the purpose, the legal basis, the types of data and of people the data is about, the sources, the recipients, transfers to countries outside the EU/EEA, how long the data is kept, your rights, the date of the last review and the history of changes.',
    nullAndEmpty: () =>
      phrase(
        'A field with the value ',
        code('null'),
        ' means that the information has not been published yet; the reason is given in ',
        code('knownGaps'),
        '. An empty list means that there are none – for example no recipients.',
      ),
    gapsIntro:
      'If a notice lacks information that the GDPR requires, the documents say so openly for each piece of information, with the same reason as the site:',
    gapsInJson: () =>
      phrase(
        'In JSON, every purpose and every authority has the list ',
        code('knownGaps'),
        '. Each entry has',
        ' ',
        code('element'),
        ' (which information), ',
        code('field'),
        ' (the field in the document that would otherwise contain it, or ',
        code('null'),
        ' if the document has no field for it),',
        ' ',
        code('status'),
        ' with the value ',
        code('notPublished'),
        ' (not published) and',
        ' ',
        code('reason'),
        ' (the reason). The field itself is ',
        code('null'),
        '. Only',
        ' ',
        code('dataProtectionActBases'),
        ' may still mention other sections of the Danish Data Protection Act.',
      ),
    gapsInJsonLd: (notPublished: ReactNode) =>
      phrase(
        'In JSON-LD, the property is left out (for example ',
        code('dpv:hasLegalBasis'),
        '), and the purpose – or the data controller or the data protection officer – has a ',
        code('dpv:hasJustification'),
        ' instead: a ',
        code('dpv:Justification'),
        ' whose ',
        code('dct:description'),
        ' is the reason and whose',
        ' ',
        notPublished,
        ' ',
        'names the information by the same name as ',
        code('element'),
        ' in JSON. A property with an empty list and no reason means that there are none.',
      ),
    ownTerm: (namespace: string) =>
      phrase(
        code('dpv:Justification'),
        ' and ',
        code('dpv:hasJustification'),
        ' are DPV’s own terms for a reason or explanation attached to a processing activity. DPV has no term for a particular piece of required information not being published, so ',
        code('persondata:notPublished'),
        ' ',
        'is this site’s own term, and its address is this section on the Danish page (the prefix ',
        code('persondata'),
        ' stands for',
        ' ',
        code(namespace),
        ').',
      ),
    schema: 'Format and schema',
    formatVersion: (version: string, schemaLink: ReactNode) =>
      phrase(
        'The format is version ',
        version,
        '. It is described by a',
        ' ',
        schemaLink,
        ', which every document is checked against before the site is published. If we remove a field or change its meaning, the format gets a new major version at a new address; new fields may be added within the same version.',
      ),
    jsonLd: 'JSON-LD and the Data Privacy Vocabulary',
    followFeed: (feedLink: ReactNode) =>
      phrase('Follow the changes to the privacy notices in the ', feedLink, '.'),
    siteFeed: 'Atom feed for the whole site',
  },
  rightsPage: {
    article: (provision: GdprProvision) => phrase(citations.gdpr(provision), ' GDPR'),
  },
  complaintPage: {
    contact: (name: NameForms) => phrase('Contact ', name.inText),
    cvr: (cvr: string) => phrase('CVR number (Danish business register) ', cvr),
  },
  /** A request to use a right, written for the reader (src/lib/rights-request). */
  request: requestEn,
  requestLaw: requestLawEn,
  /** The request pages: headings, the form and the buttons (src/app/[lang]/brug-dine-rettigheder). */
  requestPage: requestPageEn,
  requestFollowUp: requestFollowUpEn,
  agreementPage: {
    parties: 'Authorities with joint responsibility',
    covers: 'What the arrangement covers',
    document: 'The agreement itself',
    documentNotPublished: (title: string) =>
      phrase(
        title,
        ' is not published on this site yet. Contact one of the authorities above if you want to see it.',
      ),
  },
} satisfies Dictionary;
