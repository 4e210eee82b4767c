/**
 * The content in another language: the Danish content with the words of its translations laid over it.
 * Facts are never translated, so they come through unchanged; what a translation lacks stays Danish
 * and is marked so, so the page can say which text is Danish (and mark it `lang="da"`).
 */
import { sourceLanguage } from '../../config/languages';
import { localePath } from '../../config/routes';
import { dictionaryOf } from '../../i18n/dictionaries';
import type { NameForms } from '../../i18n/names';
import { renderMarkdown } from '../content/markdown';
import { nameGrammarFields } from '../content/translation-schema';
import type {
  Agreement,
  Authority,
  Complaint,
  Content,
  Localized,
  Notice,
  RenderedMarkdown,
  Rights,
  Situations,
  Topics,
  Translation,
} from '../content/types';

/**
 * Sanitised HTML (rehype-stringify writes every attribute in double quotes) with its links to the site's
 * pages leading to their twins in the language: an English text's link to /dine-rettigheder is /en/….
 */
const withLinksIn = (language: string, html: string) =>
  html.replace(/href="(\/[^"]*)"/g, (_match, path: string) => `href="${localePath(language, path)}"`);

const markdownIn = (language: string, markdown: RenderedMarkdown): RenderedMarkdown => ({
  ...markdown,
  html: withLinksIn(language, markdown.html),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The Danish value with the translated words in place; lists line up item by item (see translations.ts).
 * A name's grammar that only the translation states (a recipient's `nameInText`) is kept.
 */
function withWords(danish: unknown, words: unknown): unknown {
  if (typeof words === 'string') return typeof danish === 'string' ? words : danish;
  if (Array.isArray(danish) && Array.isArray(words)) {
    const translated: unknown[] = words;
    return danish.map((item: unknown, index) =>
      index < translated.length ? withWords(item, translated[index]) : item,
    );
  }
  if (isRecord(danish) && isRecord(words)) {
    const merged = { ...danish };
    for (const [key, value] of Object.entries(words))
      merged[key] = nameGrammarFields.has(key) ? value : withWords(danish[key], value);
    return merged;
  }
  return danish;
}

const wordOf = (words: unknown, key: string): string | undefined =>
  isRecord(words) && typeof words[key] === 'string' ? words[key] : undefined;

/**
 * A name's forms in the language, from the translation's words alone: a Danish genitive never stands in
 * an English sentence, and a name not translated yet takes the language's own grammar.
 */
const nameFormsIn = (language: string, name: string, words: unknown): NameForms =>
  dictionaryOf(language).nameForms({
    name,
    nameInText: wordOf(words, 'nameInText'),
    genitive: wordOf(words, 'genitive'),
  });

function localize<Entity extends { file: string }>(
  entity: Entity,
  translation: Translation | undefined,
  language: string,
  bodyField: keyof Entity | undefined,
): Entity & Localized {
  const body = (markdown: unknown) => ({
    ...(bodyField && { [bodyField]: markdownIn(language, markdown as RenderedMarkdown) }),
  });
  if (!translation) {
    return {
      ...entity,
      ...body(bodyField && entity[bodyField]),
      translation: { language, state: 'missing', danishFields: 'all' },
    };
  }
  const merged = withWords(entity, translation.words) as Entity;
  const { outdatedFields } = translation;
  return {
    ...merged,
    ...body(translation.body ?? (bodyField && entity[bodyField])),
    translation: {
      language,
      state: outdatedFields.length > 0 ? 'outdated' : 'translated',
      danishFields: outdatedFields,
    },
  };
}

/** The content in a language; the source language's is the content itself. */
function localizeContent(content: Content, language: string): Content {
  if (language === sourceLanguage) return content;
  const translations = content.translations[language] ?? {};
  const of = <Entity extends { file: string }>(entity: Entity, bodyField: keyof Entity | undefined) =>
    localize(entity, translations[entity.file], language, bodyField);
  const authorities = content.authorities.map((authority): Authority => {
    const localized = of(authority, 'intro');
    return {
      ...localized,
      nameForms: nameFormsIn(language, localized.name, translations[authority.file]?.words),
      identificationAdviceHtml: withLinksIn(
        language,
        localized.identificationAdvice === authority.identificationAdvice
          ? authority.identificationAdviceHtml
          : renderMarkdown(localized.identificationAdvice).html,
      ),
      notices: authority.notices.map((notice): Notice => of(notice, 'body')),
    };
  });
  const rights: Rights = of(content.rights, 'body');
  return {
    ...content,
    authorities,
    agreements: content.agreements.map((agreement): Agreement => of(agreement, 'body')),
    rights: {
      ...rights,
      rights: rights.rights.map((right, index) => {
        const danish = content.rights.rights[index]!;
        const html =
          right.explanation === danish.explanation
            ? right.explanationHtml
            : renderMarkdown(right.explanation).html;
        return { ...right, explanationHtml: withLinksIn(language, html) };
      }),
    },
    complaint: complaintIn(language, of(content.complaint, 'body'), translations[content.complaint.file]),
    topics: of(content.topics, 'body') satisfies Topics,
    situations: of(content.situations, 'body') satisfies Situations,
  };
}

function complaintIn(
  language: string,
  complaint: Complaint,
  translation: Translation | undefined,
): Complaint {
  const { supervisoryAuthority } = complaint;
  const words = translation?.words.supervisoryAuthority;
  return {
    ...complaint,
    supervisoryAuthority: {
      ...supervisoryAuthority,
      nameForms: nameFormsIn(language, supervisoryAuthority.name, words),
    },
  };
}

/** One notice in a language with its translation, if any: a past version and its translation as they were. */
export const noticeIn = (notice: Notice, translation: Translation | undefined, language: string): Notice =>
  language === sourceLanguage ? notice : localize(notice, translation, language, 'body');

const localizedContents = new WeakMap<Content, Map<string, Content>>();

/** The content in a language, worked out once per loaded content and language. */
export function contentIn(content: Content, language: string): Content {
  let byLanguage = localizedContents.get(content);
  if (!byLanguage) localizedContents.set(content, (byLanguage = new Map<string, Content>()));
  if (!byLanguage.has(language)) byLanguage.set(language, localizeContent(content, language));
  return byLanguage.get(language)!;
}

/**
 * The `lang` a text of the content needs on a page in another language: the source language's where the
 * text is still Danish, none where it is in the page's language.
 */
export function langOfText(entity: Localized, field: string): string | undefined {
  const danish = entity.translation?.danishFields;
  if (!danish) return undefined;
  return danish === 'all' || danish.includes(field) ? sourceLanguage : undefined;
}
