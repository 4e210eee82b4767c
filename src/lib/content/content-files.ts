import type { z } from 'zod';

import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  noticeSchema,
  rightsSchema,
  situationsSchema,
  topicsSchema,
} from './schema';
import {
  agreementTranslationSchema,
  authorityTranslationSchema,
  complaintTranslationSchema,
  noticeTranslationSchema,
  rightsTranslationSchema,
  situationsTranslationSchema,
  topicsTranslationSchema,
} from './translation-schema';

/** One kind of content file. */
interface ContentFileKind {
  /** The folder of the content folder that holds its files. */
  folder: string;
  /**
   * The file's name inside that folder: fixed, or made of slugs in angle brackets, which also make its
   * address: the file's own (<slug>) and, for a notice, its authority's (<authority>/, a folder).
   */
  name: string;
  /** Its Danish file's frontmatter. */
  schema: z.ZodObject;
  /** Its translations' frontmatter: only words. */
  translationSchema: z.ZodObject;
}

/**
 * The content folder's layout, the twin of the route table (src/config/routes.ts): every kind of content
 * file, where it lives and how it is named, with the schema of its Danish file and of its translations.
 * The loader, the translations, the web editor's collections, the scaffolder and the benchmark read it.
 */
export const contentFiles = {
  authority: {
    folder: 'authorities',
    name: '<slug>.md',
    schema: authoritySchema,
    translationSchema: authorityTranslationSchema,
  },
  purpose: {
    folder: 'purposes',
    name: '<authority>/<slug>.md',
    schema: noticeSchema,
    translationSchema: noticeTranslationSchema,
  },
  agreement: {
    folder: 'agreements',
    name: '<slug>.md',
    schema: agreementSchema,
    translationSchema: agreementTranslationSchema,
  },
  rights: {
    folder: 'shared',
    name: 'rettigheder.md',
    schema: rightsSchema,
    translationSchema: rightsTranslationSchema,
  },
  complaint: {
    folder: 'shared',
    name: 'klage-til-datatilsynet.md',
    schema: complaintSchema,
    translationSchema: complaintTranslationSchema,
  },
  topics: {
    folder: 'shared',
    name: 'emner.md',
    schema: topicsSchema,
    translationSchema: topicsTranslationSchema,
  },
  situations: {
    folder: 'shared',
    name: 'situationer.md',
    schema: situationsSchema,
    translationSchema: situationsTranslationSchema,
  },
} as const satisfies Record<string, ContentFileKind>;

export type ContentKind = keyof typeof contentFiles;

export const contentKinds = Object.keys(contentFiles) as ContentKind[];

/** The slugs in a file's path, by their placeholder's name: { authority: 'us', slug: 'video' }. */
export type Slugs = Partial<Record<'authority' | 'slug', string>>;

/** The content folder's guide for editors, which documents every field. */
const contentReadme = 'README.md';

/** Each language's translations: translations/<language>/ holds a translated file at its Danish file's path. */
export const translationsFolder = 'translations';

/** Everything the content folder holds at its top, in the order messages list it. */
export const topLevelEntries = [
  contentReadme,
  ...new Set(contentKinds.map((kind) => contentFiles[kind].folder)),
  translationsFolder,
];

/** A shared text every page needs: a kind with one file, of a fixed name. */
export type SharedText = {
  [Kind in ContentKind]: (typeof contentFiles)[Kind]['name'] extends `${string}<${string}` ? never : Kind;
}[ContentKind];

export const sharedTexts = contentKinds.filter(
  (kind): kind is SharedText => !contentFiles[kind].name.includes('<'),
);

const placeholder = /<(authority|slug)>/g;

const withSlugs = (kind: ContentKind, template: string, slugs: Slugs) =>
  template.replace(placeholder, (_match, name: keyof Slugs) => {
    const slug = slugs[name];
    if (slug === undefined) throw new Error(`The path of a ${kind} file needs its <${name}>.`);
    return slug;
  });

const pathTemplate = (kind: ContentKind) => `${contentFiles[kind].folder}/${contentFiles[kind].name}`;

/** A file's path inside the content folder: contentPath('purpose', { authority: 'us', slug: 'video' }) is "purposes/us/video.md". */
export const contentPath = (kind: ContentKind, slugs: Slugs = {}) =>
  withSlugs(kind, pathTemplate(kind), slugs);

/** The folder of a kind's files: "authorities", or an authority's notices' "purposes/us". */
export function folderOf(kind: ContentKind, slugs: Slugs = {}): string {
  const template = pathTemplate(kind);
  return withSlugs(kind, template.slice(0, template.lastIndexOf('/')), slugs);
}

/** The folder of a language's translations: "translations/en". */
export const translationFolderOf = (language: string) => `${translationsFolder}/${language}`;

/** A language's term base, beside its translations: "translations/en/termer.md" (see termBaseSchema). */
export const termBasePath = (language: string) => `${translationFolderOf(language)}/termer.md`;

/** A file's path inside the content folder in another language: "translations/en/purposes/us/video.md". */
export const translationPath = (language: string, path: string) => `${translationFolderOf(language)}/${path}`;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Any name matches a slug here: a misnamed file still is of its kind, and the loader says what is wrong with its name.
const pathPatterns = contentKinds.map((kind) => ({
  kind,
  pattern: new RegExp(`^${escaped(pathTemplate(kind)).replace(placeholder, '(?<$1>[^/]+)')}$`),
}));

/** The kind of the file at a path inside the content folder, with its slugs; undefined where no kind's file can be. */
export function kindOfPath(path: string): { kind: ContentKind; slugs: Slugs } | undefined {
  for (const { kind, pattern } of pathPatterns) {
    const match = pattern.exec(path);
    if (match) return { kind, slugs: { ...match.groups } };
  }
  return undefined;
}
