/** What the law says beside a request, in English (see request-law-da.ts). */
import type { NameForms } from '../names';
import type { Dictionary } from './da';

export const requestLawEn = {
  limits: {
    erasure: {
      page: ({ limited, unknown }: { limited?: string; unknown?: string }) =>
        `The right to erasure ${[
          limited && `is limited for ${limited}`,
          unknown && `may be limited for ${unknown}, whose legal basis is not published`,
        ]
          .filter(Boolean)
          .join(
            ', and it ',
          )}: an authority may keep data it needs to comply with a legal obligation or to perform a task carried out in the public interest or in the exercise of official authority, such as case files it must keep under the rules on record-keeping and archives (Article 17(3)(b) GDPR).`,
      letter:
        'If you must keep some of the data because you need it to comply with a legal obligation or to perform a task carried out in the public interest or in the exercise of official authority (Article 17(3)(b)), I ask you to erase the rest and to tell me which data you keep, and under which rule.',
    },
  },
  recipients: {
    rectification: 'the rectification',
    erasure: 'the erasure',
    restriction: 'the restriction',
  },
  tellRecipients: (what: string) =>
    `If you have disclosed the data to others, please inform each recipient of ${what}, unless this proves impossible or involves disproportionate effort, and tell me who the recipients are (Article 19).`,
  restrictionGrounds: {
    lead: 'The processing should be restricted because:',
    contested:
      'I contest the accuracy of the data, and the restriction should apply until you have been able to verify whether it is accurate (Article 18(1)(a))',
    unlawful:
      'the processing is unlawful, and I oppose the erasure of the data and ask instead for its use to be restricted (Article 18(1)(b))',
    legalClaims:
      'you no longer need the data, but I need it for the establishment, exercise or defence of legal claims (Article 18(1)(c))',
    objected:
      'I have objected to the processing under Article 21(1), and the restriction should apply while it is verified whether your legitimate grounds override mine (Article 18(1)(d))',
  },
  partyAccess:
    'If I am a party to a case with you in which a decision has been or will be made, I also ask for access to the documents of the case under section 9 of the Danish Public Administration Act (forvaltningsloven, partsaktindsigt).',
  refusals: {
    manifestlyUnfounded:
      'Where a request is manifestly unfounded or excessive, in particular because it is repeated, the authority may refuse it or charge a reasonable fee. It is for the authority to show that this is so (Article 12(5) GDPR).',
    dataProtectionAct:
      'The authority may withhold data from your access where your interest in it must give way to essential considerations of private interests or of public interests, such as national security or the investigation of criminal offences (section 22 of the Danish Data Protection Act).',
    othersRights:
      'Your copy must not adversely affect the rights and freedoms of others, so information about other people may be left out (Article 15(4) GDPR).',
    legalObligation:
      'The authority need not erase data it needs to comply with a legal obligation or to perform a task carried out in the public interest or in the exercise of official authority (Article 17(3)(b) GDPR).',
    restrictedUse:
      'While processing is restricted, the authority may still store the data and use it with your consent, for the establishment, exercise or defence of legal claims, to protect the rights of another person, or for reasons of important public interest (Article 18(2) GDPR).',
    compellingGrounds:
      'The authority may continue the processing if it demonstrates compelling legitimate grounds that override your interests, rights and freedoms, or if the processing is needed for the establishment, exercise or defence of legal claims (Article 21(1) GDPR).',
  },
  accessRoutes: {
    heading: 'Access under the GDPR, or access to files?',
    gdpr: 'Access under the GDPR (Article 15) gives you your own personal data and the information listed in Article 15, such as where it comes from and who has received it. The authority must answer at the latest one month after receiving your request (Article 12(3)).',
    party:
      'Access as a party (partsaktindsigt, section 9 of the Danish Public Administration Act, forvaltningsloven) gives you the documents of a case you are a party to, in which a decision has been or will be made. You can ask for it in the same letter: tick access as a party.',
    public:
      'Access to files under the Danish Access to Public Administration Files Act (offentlighedsloven, section 7) is open to anyone. It gives access to the documents of an authority’s cases, with the exceptions the act sets out.',
    deadline:
      'Under section 36 of offentlighedsloven, a request for access to files must be decided as soon as possible and, as a rule, be completed within 7 working days; otherwise the authority must tell you why, and when you can expect a decision.',
    favourable: 'The authority must deal with your request under the rules that give you the widest access.',
    appeal: (supervisor: NameForms) =>
      `If you are not satisfied with the answer to your request for access under the GDPR, you can complain to ${supervisor.inText}. A refusal of access to files can be appealed under the rules of forvaltningsloven and offentlighedsloven – the decision tells you how.`,
  },
  refusalsHeading: 'What the authority may refuse',
  optionsLegend: {
    restrictionGrounds:
      'Why should the processing be restricted? Choose at least one ground (Article 18(1)).',
    partyAccess: 'Access as a party',
  },
} satisfies Dictionary['requestLaw'];
