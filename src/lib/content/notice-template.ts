import { stringify } from 'yaml';

import { danishNameOf } from '../../config/languages';
import type { NoticeData } from './schema';
import { bodyField, fingerprintsOf } from './source-fingerprints';
import { noticeTranslationSchema, sourceFingerprintsField } from './translation-schema';
import { translationSkeleton, untranslatedMark } from './translations';

interface TemplateOptions {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Position in the authority's list: after the last one. */
  order: number;
  /** The topic ids an editor can choose from, listed above the topic field. */
  topicIds: readonly string[];
}

/**
 * The template's texts that guide the editor and must be replaced, each with what to write instead. The
 * template writes them and the content check reports any that is left in a notice, so no notice is
 * published with "Nyt formål" as its title. The topic is no real topic, so a left-over one is seen too.
 */
export const templatePlaceholders = {
  title: { text: 'Nyt formål', instead: 'Skriv formålets navn, fx "Videoovervågning"' },
  summary: {
    text: 'Skriv en-to sætninger om, hvorfor vi behandler oplysningerne.',
    instead: 'Skriv en-to sætninger om formålet til oversigten og søgemaskiner',
  },
  topic: {
    text: 'vaelg-et-emne',
    instead: 'Skriv id’et på et emne fra content/shared/emner.md; skabelonen nævner dem over feltet',
  },
  purpose: {
    text: 'Skriv, hvorfor vi behandler oplysningerne.',
    instead: 'Skriv med almindelige ord, hvorfor vi behandler oplysningerne',
  },
  body: {
    text: 'Skriv her det, der ikke passer i felterne ovenfor – eller slet denne linje.',
    instead: 'Skriv det, der ikke passer i felterne, eller slet linjen',
  },
} as const;

type PlaceholderField = keyof typeof templatePlaceholders;

/** A template text left in a notice: its field, its line within the body (for the body), and what to do. */
export interface LeftPlaceholder {
  field: PlaceholderField;
  bodyLine?: number;
  message: string;
}

/** The template's texts still in a notice, in the order of the template. */
export function leftPlaceholders(notice: NoticeData, body: string): LeftPlaceholder[] {
  const values: Record<PlaceholderField, string> = { ...notice, body };
  return (Object.keys(templatePlaceholders) as PlaceholderField[]).flatMap((field) => {
    const { text, instead } = templatePlaceholders[field];
    const at = values[field].indexOf(text);
    if (at < 0) return [];
    const message = `"${text}" står stadig som i skabelonen. ${instead}`;
    return [
      field === 'body'
        ? { field, bodyLine: body.slice(0, at).split('\n').length, message }
        : { field, message },
    ];
  });
}

const placeholder = (field: PlaceholderField) => templatePlaceholders[field].text;

/**
 * A new notice that passes the schema, but whose placeholders are errors and whose missing elements fail
 * the completeness check until an editor fills it in, so the check shows exactly what is left to do.
 * Comments explain each field in Danish.
 */
export function noticeTemplate({ today, order, topicIds }: TemplateOptions): string {
  return `---
# Nyt formål. Udfyld felterne, og kør "npm run check:content" for at se, hvad der mangler.
# Alle felter er forklaret i content/README.md. Opfind aldrig en oplysning: kender du den ikke,
# så skriv den i knownGaps med en begrundelse – siden siger så åbent, at den ikke er offentliggjort.
title: ${placeholder('title')}
summary: ${placeholder('summary')}
order: ${order}
# Emnet, der samler formålet med samme formål hos andre myndigheder. Skriv et af:
# ${topicIds.join(', ')}
topic: ${placeholder('topic')}
purpose: ${placeholder('purpose')}

# Retsgrundlag: databeskyttelsesforordningens artikel 6, stk. 1 – 6(1)(a) til 6(1)(f).
# legalBases:
#   - article: 6(1)(e)
#     law: udlændingeloven

# Hvor kommer oplysningerne fra? kind: dataSubject, publicAuthority, privateParty eller publicRegister.
# sources:
#   - kind: dataSubject
#     description: Dig selv, når du søger.

# Hvilke oplysninger? kind: ordinary, sensitive, criminal eller cpr.
# dataCategories:
#   - kind: ordinary
#     description: Navn, adresse og telefonnummer.

# Modtagere og overførsler uden for EU/EØS. [] betyder: ingen.
# recipients:
#   - name: Politiet
#     reason: efterforskning
# transfers: []

# Hvor længe gemmes oplysningerne?
# Er perioden et tal og en enhed, så skriv den i duration (unit: days, weeks, months eller years);
# ellers med ord i period.
# retention:
#   duration:
#     amount: 5
#     unit: years
#   criteria: Oplysningerne afleveres derefter til arkivet.

# Træffes der afgørelser alene ved automatisk behandling, herunder profilering? Skriv used: false,
# hvis ikke; used: true og en explanation (logikken og konsekvenserne for dig), hvis det sker.
# Siger kilden det ikke, så skriv automatedDecisions i knownGaps med en begrundelse.
# automatedDecisions:
#   used: false

# Skal man give oplysningerne, og hvad sker der, hvis man ikke gør?
# provisionRequirement: Du skal give oplysningerne, for at vi kan behandle din sag.

# Oplysninger, der ikke er offentliggjort endnu:
# knownGaps:
#   - element: retention
#     reason: Opbevaringsperioden er ikke fastlagt endnu.

lastReviewed: ${today}
changes:
  - date: ${today}
    note: Oplysningen er offentliggjort.
---

${placeholder('body')}
`;
}

interface TranslationTemplateOptions {
  /** The Danish notice, as the loader validated it. */
  notice: NoticeData;
  /** The Danish notice's Markdown body. */
  body: string;
  /** The Danish notice's file, e.g. "content/purposes/udlaendingestyrelsen/videoovervaagning.md". */
  file: string;
  language: string;
}

/**
 * A notice's translation to fill in: the words the translation schema takes from the Danish notice, each
 * its Danish text marked untranslated, every list item by item, the fingerprints of the Danish words each
 * field is to be translated from, and the Danish body below a marked line. Each mark is an error until it is translated.
 */
export function noticeTranslationTemplate({
  notice,
  body,
  file,
  language,
}: TranslationTemplateOptions): string {
  const skeleton = translationSkeleton(noticeTranslationSchema, notice) as Record<string, unknown>;
  const fields = [...Object.keys(skeleton), ...(body.trim() ? [bodyField] : [])];
  const danish = { data: notice, body };
  const words = {
    ...skeleton,
    [sourceFingerprintsField]: fingerprintsOf(noticeTranslationSchema, danish, fields),
  };
  const name = danishNameOf(language);
  const markedBody = body
    ? `${untranslatedMark} Skriv teksten herunder på ${name}, og slet denne linje.\n\n${body}\n`
    : '';
  return `---
# Oversættelse til ${name} af ${file}.
# Hver tekst, der begynder med "${untranslatedMark}", står på dansk: skriv den på ${name} i stedet, og slet
# "${untranslatedMark}". Listerne har ét punkt for hvert dansk punkt, i samme rækkefølge; slet eller flyt ingen.
# Se "Oversættelser" i content/README.md.
${stringify(words, { lineWidth: 0 })}---

${markedBody}`;
}
