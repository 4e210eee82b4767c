/**
 * The content as loaded: each file's validated frontmatter (types from the schemas) with what the loader
 * adds — its slug and file, its Markdown rendered, and in another language how far it is translated.
 */
import type { NameForms, StatedName } from '../../i18n/names';
import type {
  AgreementData,
  AuthorityData,
  ComplaintData,
  NoticeData,
  RightId,
  RightsData,
  SituationsData,
  TopicsData,
} from './schema';

export interface MarkdownHeading {
  level: number;
  id: string;
  text: string;
  /** Line in the Markdown (from 1). */
  line: number;
}

export interface MarkdownLink {
  href: string;
  /** Line in the Markdown (from 1). */
  line: number;
}

export interface RenderedMarkdown {
  /** Sanitised HTML, safe to insert into a page. */
  html: string;
  /** Headings in order, with the ids a contents list links to. */
  headings: MarkdownHeading[];
  /** Every link target, so the loader can check internal ones. */
  links: MarkdownLink[];
}

/** How far a page's text is in the page's language. */
export interface TranslationStatus {
  language: string;
  /** translated: all of it; outdated: translated, but the Danish text of some fields changed since; missing: none. */
  state: 'translated' | 'outdated' | 'missing';
  /** The Danish file's top-level fields (and `body`) shown in Danish; every field when the translation is missing. */
  danishFields: readonly string[] | 'all';
}

/** A text of the content as shown in a language other than the source language. */
export interface Localized {
  /** Absent in the source language, where every text is original. */
  translation?: TranslationStatus;
}

/**
 * One recipient of a notice. A translation may add the name's form in running text (`nameInText`, "the
 * police"), which the Danish file never states; a page words the name with its language's `nameForms`.
 */
export type Recipient = NonNullable<NoticeData['recipients']>[number] & Pick<StatedName, 'nameInText'>;

export interface Notice extends Omit<NoticeData, 'recipients'>, Localized {
  recipients?: Recipient[];
  slug: string;
  /** Path as editors see it, e.g. "content/purposes/udlaendingestyrelsen/videoovervaagning.md". */
  file: string;
  /** Path on disk. */
  absolutePath: string;
  /** Slug of the authority the notice belongs to (its folder). */
  authority: string;
  body: RenderedMarkdown;
}

/** A name with the forms a sentence needs, in the language of the content it belongs to. */
export interface Named {
  nameForms: NameForms;
}

export interface Authority extends AuthorityData, Localized, Named {
  slug: string;
  /** Path as editors see it, e.g. "content/authorities/udlaendingestyrelsen.md". */
  file: string;
  intro: RenderedMarkdown;
  identificationAdviceHtml: string;
  /** The authority's notices, in their editorial order. */
  notices: Notice[];
  /** The rights that apply to at least one of its notices: the rights a reader can request there. */
  requestableRights: RightId[];
}

export interface Agreement extends AgreementData, Localized {
  slug: string;
  /** Path as editors see it, e.g. "content/agreements/carl-2.md". */
  file: string;
  body: RenderedMarkdown;
}

export type Right = RightsData['rights'][number] & { explanationHtml: string };

export interface Rights extends RightsData, Localized {
  /** Path as editors see it. */
  file: string;
  rights: Right[];
  body: RenderedMarkdown;
}

export interface Complaint extends ComplaintData, Localized {
  /** Path as editors see it. */
  file: string;
  supervisoryAuthority: ComplaintData['supervisoryAuthority'] & Named;
  body: RenderedMarkdown;
}

export interface Topics extends TopicsData, Localized {
  /** Path as editors see it. */
  file: string;
  body: RenderedMarkdown;
}

export interface Situations extends SituationsData, Localized {
  /** Path as editors see it. */
  file: string;
  body: RenderedMarkdown;
}

/** The words of one content file in another language. */
export interface Translation {
  language: string;
  /** The translation's own file, e.g. "content/translations/en/purposes/us/video.md". */
  file: string;
  /** The Danish file it translates. */
  source: string;
  /** The translated words, shaped like the Danish frontmatter; the out-of-date fields are left out. */
  words: Record<string, unknown>;
  /** The translated body; undefined when it is out of date. */
  body?: RenderedMarkdown;
  /**
   * The top-level fields (and `body`) whose Danish text changed since they were translated, or that were
   * never marked as translated from it: shown in Danish until translated again.
   */
  outdatedFields: string[];
}

/** Per language, the translations by the Danish file they translate. */
export type Translations = Record<string, Record<string, Translation>>;

/** Per language, every translation file of a Danish file that exists, valid or not, by that Danish file. */
export type TranslationFiles = Record<string, Record<string, string>>;

export interface Content {
  authorities: Authority[];
  /** Per language, the translations by the Danish file they translate. */
  translations: Translations;
  agreements: Agreement[];
  rights: Rights;
  complaint: Complaint;
  topics: Topics;
  situations: Situations;
}
