/** The words of a request to use a right, in English: the letter ("I" to "you", the authority) and the advice beside it. */
import { englishCitations } from '../citations';
import type { NameForms } from '../names';
import type { Dictionary } from './da';

const gdpr = (article: number, paragraph?: number) =>
  `${englishCitations.gdpr({ article, paragraph })} of the General Data Protection Regulation (GDPR)`;

export const requestEn = {
  useYourRights: 'Use your rights',
  blanks: {
    name: 'your full name',
    address: 'your full address',
    caseNumber: 'your case number, if you have one',
    cpr: 'your CPR number, if you want to give it',
    date: 'date',
    signature: 'your signature',
    wrongData: 'the information that is wrong',
    correctData: 'the correct information',
    reason: 'your reasons',
    particularSituation: 'your particular situation',
    newController: 'who should receive the data, if you want this',
    decision: 'which decision it is about',
    otherNames: 'other names or spellings you are known by, if any',
    answerBy: 'how and where you want the answer, for example by Digital Post or by post',
    lookingFor: 'what you are especially looking for, if anything',
    sentDate: 'date you sent the request',
    dueDate: 'date the answer is due',
    reference: 'the authority’s case or reference number, if you have one',
    answerReceived: 'no answer, or what the answer left out',
  },
  identificationLabels: {
    name: 'Name',
    otherNames: 'Other names or spellings',
    address: 'Address',
    caseNumber: 'Case number',
    cpr: 'CPR number',
  },
  date: 'Date:',
  rights: {
    access: {
      subject: 'Request for access',
      request: `I ask for access to the personal data you process about me, under ${gdpr(15)}.`,
      details:
        'Please tell me whether you process personal data about me and, if so (Article 15(1)(a)–(h) and 15(2)):',
      items: [
        'why you process the data (the purposes)',
        'what kinds of data you process',
        'who has received or will receive the data, in particular recipients in countries outside the EU/EEA or international organisations',
        'how long you will keep the data, or how you decide that',
        'my right to ask for rectification, erasure or restriction and to object',
        'my right to complain to a supervisory authority',
        'where the data comes from, if you did not get it from me',
        'whether you make decisions about me based solely on automated processing, including profiling, and if so the logic involved and what it means for me',
        'which safeguards apply if the data is transferred to a country outside the EU/EEA or to an international organisation',
      ],
      copy: 'I also ask for a copy of the personal data you process about me (Article 15(3)).',
    },
    rectification: {
      subject: 'Request for rectification',
      request: `I ask you to correct inaccurate personal data about me and to complete incomplete data, under ${gdpr(16)}.`,
      wrong: 'What it says now:',
      correct: 'What is correct:',
    },
    erasure: {
      subject: 'Request for erasure',
      request: `I ask you to erase personal data about me, under ${gdpr(17)}.`,
      reason: 'The data should be erased because:',
      refusal: 'If you cannot erase the data, please tell me why.',
    },
    restriction: {
      subject: 'Request for restriction of processing',
      request: `I ask you to restrict the processing of personal data about me, under ${gdpr(18)}.`,
      details: 'Further details:',
    },
    objection: {
      subject: 'Objection to processing',
      request: `I object to your processing of personal data about me, under ${gdpr(21, 1)}.`,
      situation: 'My objection is based on my particular situation:',
      consequence:
        'You may then continue the processing only if you can demonstrate compelling legitimate grounds that override my interests, rights and freedoms, or if the processing is necessary for the establishment, exercise or defence of legal claims.',
    },
    portability: {
      subject: 'Request for data portability',
      request: `I ask to receive the personal data about me that I have provided to you in a structured, commonly used and machine-readable format, under ${gdpr(20, 1)}.`,
      transmit: 'Where technically feasible, please send the data directly to (Article 20(2)):',
    },
    withdrawConsent: {
      subject: 'Withdrawal of consent',
      request: `I withdraw my consent, under ${gdpr(7, 3)}. This concerns the processing of personal data about me that is based on my consent.`,
      erase:
        'I also ask you to erase the data unless you have another legal ground for processing it (Article 17(1)(b)), and to confirm to me that you have done so.',
    },
    automatedDecisions: {
      subject: 'Request for human review of an automated decision',
      request: `I ask for a person at your authority to look at a decision about me that is based solely on automated processing, under ${gdpr(22)}.`,
      decision: 'The decision:',
      view: 'I want to express my point of view and contest the decision:',
    },
  },
  scopeAll: 'This concerns all the personal data you process about me.',
  scopeChosen: 'This concerns the personal data you process about me for these purposes:',
  lookingFor: 'What I am especially looking for (Recital 63 GDPR):',
  answerBy: 'I would like the answer (Article 12(1) and (3) GDPR):',
  identificationIntro: 'So that you can find my data, here are my details:',
  letterDeadline:
    'I look forward to your answer without undue delay and no later than one month after you receive my request. If the deadline has to be extended, please tell me so, and why, within the first month (Article 12(3)).',
  closing: 'Yours sincerely',

  deadline: (name: NameForms) =>
    `${name.atStart} must answer you without undue delay and at the latest one month after receiving your request. Where necessary, because the request is complex or because there are many requests, the deadline can be extended by two further months. ${name.atStart} must then tell you about the extension, and the reasons for it, within the first month (Article 12(3) GDPR).`,
  /** How to send the request by each channel; the channels' names are those of `contact`. */
  channels: {
    digitalPostHow: (recipient: string) =>
      `Log in to Digital Post with MitID (for example at borger.dk or in e-Boks), write to ${recipient} and paste the text into the message.`,
    digitalPostSecurity: 'Digital Post is a secure connection, so you can also give your CPR number here.',
    emailHow: (address: string) => `Send the text in an email to ${address}.`,
    emailSecurity:
      'Ordinary email is not encrypted, so do not put your CPR number or sensitive data in an email.',
    contactFormAt: 'Paste the text into the contact form:',
    contactFormGuided: 'Paste the text into the authority’s contact form.',
    contactFormOnWebsite: 'Find the contact form on the authority’s website and paste the text into it:',
    letterHow: 'Print the text, sign it and post it to:',
    phoneHow: (phone: string) =>
      `You can call ${phone} to ask questions, but send the request itself in writing, so that you can show what you asked for and when.`,
  },
  dpoIntro: (name: NameForms) =>
    `You can also write to ${name.genitive} data protection officer (DPO). You can contact the DPO about anything to do with the processing of your data and your rights (Article 38(4) GDPR).`,
  missing: {
    controllerContact: <Link>(name: NameForms, website: Link) => [
      `${name.atStart} has not published where to send a request about your personal data. Look at `,
      website,
      '.',
    ],
    dpoContact: <Link>(name: NameForms, website: Link) => [
      `The contact details of ${name.genitive} data protection officer are not published here. Look at `,
      website,
      '.',
    ],
    writtenChannel: <Link>(name: NameForms, website: Link) => [
      `${name.atStart} has published only a phone number here. Find an address to write to at `,
      website,
      '.',
    ],
    orDpo: ' You can also send the request to the data protection officer.',
    orMinistry: <Link>(ministry: Link) => [' You can also ask ', ministry, ' where to send it.'],
  },
  withoutCprDetails: { caseNumber: 'your case number', address: 'your full address' },
  withoutCpr: (name: NameForms, details: string) =>
    `If you have no CPR number, give ${details} in the letter. ${name.atStart} itself names these as ways to find you.`,
  withoutCprUnpublished: (name: NameForms) =>
    `If you have no CPR number, give whatever can help ${name.inText} find your data. What ${name.inText} needs is not published here.`,
  withoutMitId:
    'Digital Post requires MitID. If you have no MitID, send the letter in one of the other ways above.',
  withoutMitIdElsewhere: (name: NameForms, website: string) =>
    `Digital Post requires MitID. If you have no MitID, find another way to write to ${name.inText} at ${website}.`,
  nextSteps: {
    keepCopy:
      'Keep a copy of your request and note when you sent it. Using your rights is free of charge as a rule (Article 12(5) GDPR).',
    identity: (name: NameForms) =>
      `If ${name.inText} has reasonable doubts about who you are, it can ask you for the additional information necessary to confirm your identity, and only that (Article 12(6) GDPR).`,
    refusal: (name: NameForms) =>
      `If ${name.inText} does not do what you ask, it must tell you why within one month of receiving your request, and that you can complain to a supervisory authority and go to court (Article 12(4) GDPR).`,
    complaint: (supervisor: NameForms, site: string) =>
      `If you get no answer within the deadline, or you are not satisfied with the answer, you can complain to ${supervisor.inText} at ${site}.`,
  },
} satisfies Dictionary['request'];
