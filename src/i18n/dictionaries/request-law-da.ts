/**
 * What the law says beside a request, in Danish: where a right may be limited, what an authority may
 * refuse, the recipients to tell (art. 19), the grounds of a restriction (art. 18(1)) and Danish access to
 * files (forvaltningsloven, offentlighedsloven). Worded after the GDPR's Danish text and the laws; each
 * sentence cites its rule. The letter's sentences say "jeg" to "I"; the page's say "du".
 */
import type { NameForms } from '../names';

export const requestLawDa = {
  /** Where a right may be limited for the authority's purposes, as src/lib/gdpr/rights.ts finds it. */
  limits: {
    erasure: {
      page: ({ limited, unknown }: { limited?: string; unknown?: string }) =>
        `Retten til sletning ${[
          limited && `er begrænset for ${limited}`,
          unknown && `kan være begrænset for ${unknown}, hvis retsgrundlag ikke er offentliggjort`,
        ]
          .filter(Boolean)
          .join(
            ', og den ',
          )}: en myndighed må beholde oplysninger, som den skal bruge for at overholde en retlig forpligtelse eller for at udføre en opgave i samfundets interesse eller som led i offentlig myndighedsudøvelse, fx sagsakter, som den skal gemme efter reglerne om journalisering og arkivering (artikel 17, stk. 3, litra b).`,
      letter:
        'Skal I beholde nogle af oplysningerne, fordi I skal bruge dem for at overholde en retlig forpligtelse eller for at udføre en opgave i samfundets interesse eller som led i offentlig myndighedsudøvelse (artikel 17, stk. 3, litra b), beder jeg jer slette resten og fortælle mig, hvilke oplysninger I beholder, og efter hvilken regel.',
    },
  },
  /** Art. 19, in the letters of the rights it names. */
  recipients: {
    rectification: 'berigtigelsen',
    erasure: 'sletningen',
    restriction: 'begrænsningen',
  },
  tellRecipients: (what: string) =>
    `Har I videregivet oplysningerne til andre, beder jeg jer underrette hver modtager om ${what}, medmindre det viser sig umuligt eller er uforholdsmæssigt vanskeligt, og oplyse mig om, hvem modtagerne er (artikel 19).`,
  /** The grounds of art. 18(1), litra a–d, for the reader to choose. */
  restrictionGrounds: {
    lead: 'Behandlingen skal begrænses, fordi:',
    contested:
      'jeg bestrider, at oplysningerne er rigtige, og begrænsningen skal gælde, indtil I har kunnet fastslå, om de er korrekte (artikel 18, stk. 1, litra a)',
    unlawful:
      'behandlingen er ulovlig, og jeg vil ikke have oplysningerne slettet, men beder om, at brugen af dem begrænses (artikel 18, stk. 1, litra b)',
    legalClaims:
      'I har ikke længere brug for oplysningerne, men jeg har brug for dem, for at et retskrav kan fastlægges, gøres gældende eller forsvares (artikel 18, stk. 1, litra c)',
    objected:
      'jeg har gjort indsigelse mod behandlingen efter artikel 21, stk. 1, og begrænsningen skal gælde, mens det undersøges, om jeres legitime interesser går forud for mine (artikel 18, stk. 1, litra d)',
  },
  /** The access letter's optional sentence: partsaktindsigt beside the GDPR. */
  partyAccess:
    'Er jeg part i en sag hos jer, hvor der er eller vil blive truffet afgørelse, beder jeg også om aktindsigt i sagens dokumenter efter forvaltningslovens § 9 (partsaktindsigt).',
  /** What an authority may refuse or leave out, each with its rule (src/lib/rights-request/refusals.ts picks). */
  refusals: {
    manifestlyUnfounded:
      'Er en anmodning åbenbart grundløs eller overdreven, navnlig fordi den gentages, kan myndigheden afvise den eller kræve et rimeligt gebyr. Det er myndigheden, der skal vise, at det er tilfældet (artikel 12, stk. 5).',
    dataProtectionAct:
      'Myndigheden kan undtage oplysninger fra din indsigt, hvis din interesse i dem må vige for afgørende hensyn til private interesser eller til offentlige interesser, fx statens sikkerhed eller efterforskning af strafbare handlinger (databeskyttelseslovens § 22).',
    othersRights:
      'Din kopi må ikke krænke andres rettigheder og frihedsrettigheder, så oplysninger om andre kan være udeladt (artikel 15, stk. 4).',
    legalObligation:
      'Myndigheden skal ikke slette oplysninger, som den skal bruge for at overholde en retlig forpligtelse eller for at udføre en opgave i samfundets interesse eller som led i offentlig myndighedsudøvelse (artikel 17, stk. 3, litra b).',
    restrictedUse:
      'Er behandlingen begrænset, må myndigheden stadig opbevare oplysningerne og bruge dem med dit samtykke, for at et retskrav kan fastlægges, gøres gældende eller forsvares, for at beskytte en andens rettigheder eller af hensyn til vigtige samfundsinteresser (artikel 18, stk. 2).',
    compellingGrounds:
      'Myndigheden kan fortsætte behandlingen, hvis den kan påvise vægtige legitime grunde, der går forud for dine interesser, rettigheder og frihedsrettigheder, eller hvis behandlingen er nødvendig, for at et retskrav kan fastlægges, gøres gældende eller forsvares (artikel 21, stk. 1).',
  },
  /** The access page's box: GDPR access beside aktindsigt under the Danish laws. */
  accessRoutes: {
    heading: 'Indsigt efter GDPR eller aktindsigt?',
    gdpr: 'Indsigt efter databeskyttelsesforordningen (artikel 15) giver dig dine egne personoplysninger og oplysningerne i artikel 15, fx hvor de kommer fra, og hvem der har fået dem. Myndigheden skal svare senest en måned efter, at den har modtaget din anmodning (artikel 12, stk. 3).',
    party:
      'Partsaktindsigt (forvaltningslovens § 9) giver dig dokumenterne i en sag, hvor du er part, og hvor der er eller vil blive truffet afgørelse. Du kan bede om den i samme brev: sæt kryds ved aktindsigt som part.',
    public:
      'Aktindsigt efter offentlighedsloven (§ 7) kan alle bede om. Den giver adgang til dokumenterne i en myndigheds sager, med de undtagelser, loven fastsætter.',
    deadline:
      'Efter offentlighedslovens § 36 skal en anmodning om aktindsigt afgøres snarest og som udgangspunkt være færdigbehandlet inden 7 arbejdsdage; ellers skal myndigheden fortælle dig hvorfor, og hvornår du kan vente en afgørelse.',
    favourable: 'Myndigheden skal behandle din anmodning efter de regler, der giver dig den videste adgang.',
    appeal: (supervisor: NameForms) =>
      `Er du utilfreds med svaret på din anmodning om indsigt efter databeskyttelsesforordningen, kan du klage til ${supervisor.inText}. Et afslag på aktindsigt kan påklages efter reglerne i forvaltningsloven og offentlighedsloven – afgørelsen fortæller dig hvordan.`,
  },
  /** The heading of "what the authority may refuse" on each right's page. */
  refusalsHeading: 'Det kan myndigheden afvise',
  /** The form's legends for the letter's choices. */
  optionsLegend: {
    restrictionGrounds: 'Hvorfor skal behandlingen begrænses? Vælg mindst én grund (artikel 18, stk. 1).',
    partyAccess: 'Aktindsigt som part',
  },
};
