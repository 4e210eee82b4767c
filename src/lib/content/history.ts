import { isDeepStrictEqual } from 'node:util';

import { da } from '../../i18n/dictionaries/da';
import type { ContentProblem } from './errors';
import { describeField } from './field-names';
import { parseContentSource } from './read-file';
import { noticeSchema } from './schema';

/** The fields that make up what a notice legally says; changing one needs a public change note. */
export const legalFields = [
  'legalBases',
  'specialCategoryBases',
  'dataProtectionActBases',
  'statutes',
  'dataCategories',
  'sources',
  'recipients',
  'transfers',
  'retention',
] as const;

/** A notice as the loader read it, valid or not: where its file is, and its legal fields and changes as read. */
type NoticeFile = { file: string; absolutePath: string } & {
  [Field in (typeof legalFields)[number] | 'changes']?: unknown;
};

/** The published frontmatter, read the way the loader reads the current one (zod trims text), where it is valid. */
function publishedFrontmatter(source: string, file: string): Record<string, unknown> | undefined {
  const parsed = parseContentSource(source, file);
  if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null) return undefined;
  const validated = noticeSchema.safeParse(parsed.data);
  return validated.success ? validated.data : Object.fromEntries(Object.entries(parsed.data));
}

/**
 * The published frontmatter of the notice in `file`, read as the loader reads it; undefined where the notice
 * is new (see published-version.ts) or its published text cannot be read.
 */
export function publishedNotice(
  { file, absolutePath }: { file: string; absolutePath: string },
  publishedVersion: (file: string, absolutePath: string) => string | undefined,
): Record<string, unknown> | undefined {
  const source = publishedVersion(file, absolutePath);
  return source === undefined ? undefined : publishedFrontmatter(source, file);
}

const changeCount = (data: { changes?: unknown }) => (Array.isArray(data.changes) ? data.changes.length : 0);

/**
 * Compares each notice, as loaded, with its published version, as `previousOf` gives it (see publishedNotice);
 * undefined for a new notice. A notice whose legal fields changed must also have a new entry in `changes`.
 */
export function checkChangeHistory(
  notices: readonly NoticeFile[],
  previousOf: (notice: NoticeFile) => Record<string, unknown> | undefined,
): ContentProblem[] {
  return notices.flatMap((current): ContentProblem[] => {
    const { file } = current;
    const previous = previousOf(current);
    if (!previous) return [];
    const changed = legalFields.filter((field) => !isDeepStrictEqual(previous[field], current[field]));
    if (changed.length === 0 || changeCount(current) > changeCount(previous)) return [];
    return [
      {
        file,
        field: 'changes',
        message: `${da.list(changed.map(describeField)).join('')} er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret`,
      },
    ];
  });
}
