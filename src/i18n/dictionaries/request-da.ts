/**
 * The words of a request to use a right (src/lib/rights-request), in Danish: the letter the reader sends
 * ("jeg" to "I", the authority) and the advice beside it ("du"). Plain strings, since the letter is also
 * copied as plain text. Reviewed against GDPR art. 7(3), 12–22 and 38(4); each sentence cites its article.
 */
import { danishCitations } from '../citations';
import type { NameForms } from '../names';

const gdpr = (article: number, paragraph?: number) =>
  `databeskyttelsesforordningens ${danishCitations.gdpr({ article, paragraph })}`;

export const requestDa = {
  /** The link from hubs, notices and the rights page. */
  useYourRights: 'Brug dine rettigheder',
  /** What the reader fills in, as the blank's label. */
  blanks: {
    name: 'dit fulde navn',
    address: 'din fulde adresse',
    caseNumber: 'dit sagsnummer, hvis du har et',
    cpr: 'dit CPR-nummer, hvis du vil oplyse det',
    date: 'dato',
    signature: 'din underskrift',
    wrongData: 'de oplysninger, der er forkerte',
    correctData: 'de rigtige oplysninger',
    reason: 'din begrundelse',
    particularSituation: 'din særlige situation',
    newController: 'den, der skal have oplysningerne, hvis du ønsker det',
    decision: 'hvilken afgørelse det drejer sig om',
    otherNames: 'andre navne eller stavemåder, du er kendt under, hvis du har nogen',
    answerBy: 'hvordan og hvor du vil have svaret, fx med Digital Post eller med posten',
    lookingFor: 'det, du især leder efter, hvis der er noget',
    sentDate: 'dato, du sendte anmodningen',
    dueDate: 'dato, svaret senest skal komme',
    reference: 'myndighedens sagsnummer eller reference, hvis du har fået et',
    answerReceived: 'intet svar, eller hvad der mangler i svaret',
  },
  /** The names before the identification blanks in the letter. */
  identificationLabels: {
    name: 'Navn',
    otherNames: 'Andre navne eller stavemåder',
    address: 'Adresse',
    caseNumber: 'Sagsnummer',
    cpr: 'CPR-nummer',
  },
  date: 'Dato:',
  /** Each right's subject line and the letter's words for it. */
  rights: {
    access: {
      subject: 'Anmodning om indsigt',
      request: `Jeg beder om indsigt i de oplysninger, I behandler om mig, efter ${gdpr(15)}.`,
      details:
        'Jeg beder om at få at vide, om I behandler oplysninger om mig, og i så fald om (artikel 15, stk. 1, litra a–h, og stk. 2):',
      items: [
        'hvorfor I behandler oplysningerne (formålene)',
        'hvilke typer oplysninger I behandler',
        'hvem der har fået eller skal have oplysningerne, især modtagere i lande uden for EU/EØS eller internationale organisationer',
        'hvor længe I gemmer oplysningerne, eller hvordan I afgør det',
        'min ret til at bede om berigtigelse, sletning eller begrænsning og til at gøre indsigelse',
        'min ret til at klage til en tilsynsmyndighed',
        'hvor oplysningerne stammer fra, hvis I ikke har fået dem fra mig',
        'om I træffer afgørelser om mig alene på grundlag af automatisk behandling, herunder profilering, og i så fald logikken bag og hvad det betyder for mig',
        'hvilke garantier der gælder, hvis oplysningerne overføres til et land uden for EU/EØS eller en international organisation',
      ],
      copy: 'Jeg beder også om en kopi af de oplysninger, I behandler om mig (artikel 15, stk. 3).',
    },
    rectification: {
      subject: 'Anmodning om berigtigelse',
      request: `Jeg beder om, at I retter forkerte oplysninger om mig og supplerer ufuldstændige oplysninger, efter ${gdpr(16)}.`,
      wrong: 'Det står der nu:',
      correct: 'Det rigtige er:',
    },
    erasure: {
      subject: 'Anmodning om sletning',
      request: `Jeg beder om, at I sletter oplysninger om mig, efter ${gdpr(17)}.`,
      reason: 'Oplysningerne skal slettes, fordi:',
      refusal: 'Kan I ikke slette oplysningerne, beder jeg om at få at vide hvorfor.',
    },
    restriction: {
      subject: 'Anmodning om begrænsning af behandling',
      request: `Jeg beder om, at I begrænser behandlingen af oplysninger om mig, efter ${gdpr(18)}.`,
      details: 'Nærmere begrundelse:',
    },
    objection: {
      subject: 'Indsigelse mod behandling',
      request: `Jeg gør indsigelse mod, at I behandler oplysninger om mig, efter ${gdpr(21, 1)}.`,
      situation: 'Min indsigelse skyldes min særlige situation:',
      consequence:
        'I må derefter kun fortsætte behandlingen, hvis I kan påvise vægtige legitime grunde, der går forud for mine interesser, rettigheder og frihedsrettigheder, eller hvis behandlingen er nødvendig, for at et retskrav kan fastlægges, gøres gældende eller forsvares.',
    },
    portability: {
      subject: 'Anmodning om dataportabilitet',
      request: `Jeg beder om at få de oplysninger om mig, som jeg selv har givet jer, udleveret i et struktureret, almindeligt anvendt og maskinlæsbart format, efter ${gdpr(20, 1)}.`,
      transmit:
        'Hvis det er teknisk muligt, beder jeg jer om at sende oplysningerne direkte til (artikel 20, stk. 2):',
    },
    withdrawConsent: {
      subject: 'Tilbagetrækning af samtykke',
      request: `Jeg trækker mit samtykke tilbage, efter ${gdpr(7, 3)}. Det gælder den behandling af oplysninger om mig, som bygger på mit samtykke.`,
      erase:
        'Jeg beder jer også slette oplysningerne, medmindre I har et andet grundlag for at behandle dem (artikel 17, stk. 1, litra b), og bekræfte over for mig, at I har gjort det.',
    },
    automatedDecisions: {
      subject: 'Anmodning om menneskelig prøvelse af en automatisk afgørelse',
      request: `Jeg beder om, at et menneske hos jer ser på en afgørelse om mig, som alene bygger på automatisk behandling, efter ${gdpr(22)}.`,
      decision: 'Afgørelsen:',
      view: 'Jeg vil gerne sige min mening og anfægte afgørelsen:',
    },
  },
  scopeAll: 'Det gælder alle de oplysninger, I behandler om mig.',
  scopeChosen: 'Det gælder de oplysninger, I behandler om mig til disse formål:',
  /** Recital 63: a controller with much data may ask what the request concerns; the reader can say at once. */
  lookingFor: 'Det leder jeg især efter (betragtning 63):',
  answerBy: 'Jeg vil gerne have svaret (artikel 12, stk. 1 og 3):',
  identificationIntro: 'Så I kan finde mine oplysninger, oplyser jeg:',
  letterDeadline:
    'Jeg ser frem til jeres svar uden unødig forsinkelse og senest en måned efter, at I har modtaget min anmodning. Skal fristen forlænges, beder jeg om besked og begrundelse inden for den første måned (artikel 12, stk. 3).',
  closing: 'Venlig hilsen',

  /** The answer deadline, told to the reader. */
  deadline: (name: NameForms) =>
    `${name.atStart} skal svare dig uden unødig forsinkelse og senest en måned efter at have modtaget din anmodning. Er det nødvendigt, fordi anmodningen er kompliceret, eller fordi der er mange anmodninger, kan fristen forlænges med yderligere to måneder. Så skal ${name.inText} give dig besked om forlængelsen og grunden til den inden for den første måned (artikel 12, stk. 3).`,
  /** How to send the request by each channel; the channels' names are those of `contact`. */
  channels: {
    digitalPostHow: (recipient: string) =>
      `Log på Digital Post med MitID (fx på borger.dk eller i e-Boks), skriv til ${recipient}, og sæt teksten ind i beskeden.`,
    digitalPostSecurity: 'Digital Post er en sikker forbindelse, så her kan du også skrive dit CPR-nummer.',
    emailHow: (address: string) => `Send teksten i en e-mail til ${address}.`,
    emailSecurity:
      'Almindelig e-mail er ikke krypteret. Skriv derfor ikke dit CPR-nummer eller følsomme oplysninger i en e-mail.',
    contactFormAt: 'Sæt teksten ind i kontaktformularen:',
    contactFormGuided: 'Sæt teksten ind i myndighedens kontaktformular.',
    contactFormOnWebsite: 'Find kontaktformularen på myndighedens hjemmeside, og sæt teksten ind i den:',
    letterHow: 'Skriv teksten ud, skriv under, og send den med posten til:',
    phoneHow: (phone: string) =>
      `Du kan ringe på ${phone} og spørge, men send selve anmodningen skriftligt, så du kan vise, hvad du har bedt om, og hvornår.`,
  },
  dpoIntro: (name: NameForms) =>
    `Du kan også skrive til ${name.genitive} databeskyttelsesrådgiver (DPO). Rådgiveren kan kontaktes om alt, der handler om behandlingen af dine oplysninger og om dine rettigheder (artikel 38, stk. 4).`,
  /** Contact the content does not publish: one sentence, and where to look instead (a link in the middle). */
  missing: {
    controllerContact: <Link>(name: NameForms, website: Link) => [
      `${name.atStart} har ikke offentliggjort, hvor du sender en anmodning om dine personoplysninger. Se efter på `,
      website,
      '.',
    ],
    dpoContact: <Link>(name: NameForms, website: Link) => [
      `Kontaktoplysningerne til ${name.genitive} databeskyttelsesrådgiver er ikke offentliggjort her. Se efter på `,
      website,
      '.',
    ],
    writtenChannel: <Link>(name: NameForms, website: Link) => [
      `${name.atStart} har kun offentliggjort et telefonnummer her. Find en adresse at skrive til på `,
      website,
      '.',
    ],
    orDpo: ' Du kan også sende anmodningen til databeskyttelsesrådgiveren.',
    orMinistry: <Link>(ministry: Link) => [' Du kan også spørge ', ministry, ', hvor du skal sende den.'],
  },
  /** What the authority's identificationDetails name besides the CPR number, as the reader writes it. */
  withoutCprDetails: { caseNumber: 'dit sagsnummer', address: 'din fulde adresse' },
  withoutCpr: (name: NameForms, details: string) =>
    `Har du ikke et CPR-nummer, så skriv ${details} i brevet. Det nævner ${name.inText} selv som måder at finde dig på.`,
  withoutCprUnpublished: (name: NameForms) =>
    `Har du ikke et CPR-nummer, så skriv det, der kan hjælpe ${name.inText} med at finde dine oplysninger. Hvad ${name.inText} skal bruge, er ikke offentliggjort her.`,
  withoutMitId:
    'Digital Post kræver MitID. Har du ikke MitID, så send brevet på en af de andre måder ovenfor.',
  withoutMitIdElsewhere: (name: NameForms, website: string) =>
    `Digital Post kræver MitID. Har du ikke MitID, så find en anden måde at skrive til ${name.inText} på ${website}.`,
  nextSteps: {
    keepCopy:
      'Gem en kopi af din anmodning, og skriv ned, hvornår du sendte den. Det er som udgangspunkt gratis at bruge dine rettigheder (artikel 12, stk. 5).',
    identity: (name: NameForms) =>
      `Har ${name.inText} rimelig grund til at tvivle på, hvem du er, kan myndigheden bede dig om de yderligere oplysninger, der er nødvendige for at bekræfte din identitet, og kun dem (artikel 12, stk. 6).`,
    refusal: (name: NameForms) =>
      `Gør ${name.inText} ikke, som du beder om, skal du senest en måned efter, at din anmodning er modtaget, have at vide hvorfor, og at du kan klage til en tilsynsmyndighed og gå til domstolene (artikel 12, stk. 4).`,
    /** `site`: the supervisory authority's web address as a reader types it, "datatilsynet.dk". */
    complaint: (supervisor: NameForms, site: string) =>
      `Får du ikke svar inden fristen, eller er du utilfreds med svaret, kan du klage til ${supervisor.inText} på ${site}.`,
  },
};
