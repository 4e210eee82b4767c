/**
 * The words for after a request is sent, in Danish: the reminder to the authority and the complaint to the
 * supervisory authority (src/lib/rights-request/follow-up.ts), and their section on the request page.
 * The letters' lead-ins end where a blank follows (the date sent, the date due, the reference).
 */
import type { NameForms } from '../names';

export const requestFollowUpDa = {
  /** The reminder, from the reader ("jeg") to the authority ("I"). */
  reminder: {
    subject: (subject: string) => `Påmindelse: ${subject}`,
    sentOn: 'Den',
    /** Goes on after the date sent, hence the space it begins with. */
    sent: (subject: string) => ` sendte jeg jer min anmodning „${subject}“.`,
    reference: 'Jeres sagsnummer eller reference:',
    dueBy: 'I skulle have svaret mig senest',
    due: 'eller inden da have givet mig besked om, at fristen forlænges, og hvorfor (artikel 12, stk. 3). Jeg har ikke fået noget svar.',
    ask: (supervisor: NameForms) =>
      `Jeg beder jer svare mig hurtigst muligt. Får jeg ikke svar, er mit næste skridt en klage til ${supervisor.inText}.`,
  },
  /** The complaint, ready to paste into the supervisory authority's form. */
  complaint: {
    subject: (authority: NameForms) => `Klage over ${authority.inText}`,
    sentOn: 'Den',
    sent: (authority: NameForms, subject: string) =>
      ` sendte jeg ${authority.inText} en anmodning: „${subject}“. Jeg sender gerne en kopi af den.`,
    reference: 'Myndighedens sagsnummer eller reference:',
    dueBy: (authority: NameForms) => `${authority.atStart} skulle have svaret senest`,
    due: '(artikel 12, stk. 3).',
    answer: 'Det har jeg fået af svar:',
    ask: (supervisor: NameForms, authority: NameForms) =>
      `Jeg beder ${supervisor.inText} behandle min klage (artikel 77) og påbyde ${authority.inText} at imødekomme min anmodning (artikel 58, stk. 2, litra c).`,
    details: 'Mine oplysninger:',
  },
  /** The section on the request page. */
  page: {
    heading: 'Hvis svaret ikke kommer',
    howCounted:
      'En måned regnes fra den dag, myndigheden modtager anmodningen, til samme dato i den næste måned. Har den måned ikke den dato, er fristen den sidste dag i måneden: sendt den 31. januar, svar senest den 28. februar (den 29. i et skudår). Har myndigheden givet dig besked om, at fristen forlænges, gælder den nye frist.',
    enterDate:
      'Skriv den dato, du sendte anmodningen. Så viser siden, hvornår svaret senest skal komme, og fylder datoerne ind i påmindelsen og klagen. Siden regner fra den dag, du sendte anmodningen; et brev med posten når først frem nogle dage senere, og fristen rykker med.',
    withoutJavaScript: 'Skriv datoerne og dine oplysninger på de tomme linjer, når du sender teksterne.',
    due: 'Svaret skal komme senest',
    duePassed: 'Fristen er overskredet. Send påmindelsen, og klag, hvis svaret stadig ikke kommer.',
    dueAhead:
      'Fristen er ikke overskredet endnu. Send påmindelsen, hvis svaret ikke er kommet, når dagen er gået.',
    reminder: 'Påmindelse til myndigheden',
    reminderWhen: 'Send påmindelsen, når fristen er overskredet, på samme måde som du sendte anmodningen.',
    complaint: (supervisor: NameForms) => `Klage til ${supervisor.inText}`,
    complaintHow: (supervisor: NameForms, website: string) =>
      `Sæt teksten ind i ${supervisor.genitive} klageformular, som du finder på ${website}, eller send den til ${supervisor.inText} på en anden måde. Læs mere:`,
    copyReminder: 'Kopiér påmindelsen',
    copyComplaint: 'Kopiér klagen',
    copied: 'Teksten er kopieret. Sæt den ind, hvor du sender den.',
  },
};
