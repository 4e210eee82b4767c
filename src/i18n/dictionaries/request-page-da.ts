/**
 * The words of the request pages (/brug-dine-rettigheder/…) in Danish: headings, the form and the
 * buttons. The letter's own words are in request-da.ts. The script public/anmodning.js gets the texts it
 * shows from the page, as data attributes.
 */
import type { NameForms } from '../names';

export const requestPageDa = {
  /** The page listing the rights a reader can use at an authority. */
  rightsAt: (name: NameForms) => `Brug dine rettigheder hos ${name.inText}`,
  rightsAtDescription: (name: NameForms) =>
    `Vælg den ret, du vil bruge hos ${name.inText}, og få et brev, du kan udskrive eller kopiere og sende.`,
  chooseRight:
    'Vælg den ret, du vil bruge. Du får et færdigt brev, som du kan udskrive eller kopiere og sende til myndigheden.',
  appliesTo: 'Gælder for:',
  limitedFor: 'Begrænset for:',
  mayBeLimitedFor: 'Kan være begrænset for (retsgrundlaget er ikke offentliggjort):',
  noRights: 'Myndigheden har endnu ikke offentliggjort beskrivelser af sine behandlinger her.',
  /** The page with the letter for one right. */
  requestTo: (subject: string, name: NameForms) => `${subject} til ${name.inText}`,
  requestDescription: (subject: string, name: NameForms) =>
    `${subject} til ${name.inText}: et brev, du kan udfylde, udskrive eller kopiere og sende.`,
  intro:
    'Her er et brev, du kan sende. Det siger, hvad du beder om og efter hvilken regel, og hvad myndigheden skal bruge for at finde dine oplysninger.',
  withoutJavaScript:
    'Udskriv siden, og skriv dine oplysninger i hånden på de tomme linjer. Du kan også kopiere teksten og skrive dem ind, hvor du sender den.',
  fillIn: 'Udfyld brevet',
  fillInPrivacy: 'Det, du skriver, bliver i din browser. Siden sender og gemmer ingenting.',
  chooseNotices: 'Hvilke formål gælder anmodningen?',
  noNoticeChosen: 'Vælg mindst ét formål, ellers gælder anmodningen ingen oplysninger.',
  letter: 'Brevet',
  copy: 'Kopiér teksten',
  print: 'Udskriv',
  clear: 'Ryd felterne',
  cleared: 'Felterne er tomme. Det, du skrev, er væk fra siden.',
  copied: 'Teksten er kopieret. Sæt den ind, hvor du sender anmodningen.',
  copyFailed: 'Teksten kunne ikke kopieres. Markér brevet, og kopiér det selv.',
  notices: 'De formål, anmodningen gælder',
  deadline: 'Frist for svar',
  channels: 'Sådan sender du brevet',
  recommended: 'Anbefales af myndigheden.',
  dpo: (name: NameForms) => `${name.genitiveAtStart} databeskyttelsesrådgiver`,
  missing: 'Kontakt, der ikke er offentliggjort her',
  withoutCprOrMitId: 'Uden CPR-nummer eller MitID',
  nextSteps: 'Når du har sendt brevet',
  otherRights: (name: NameForms) => `Brug en anden ret hos ${name.inText}`,
};
