import { isDeepStrictEqual } from 'node:util';

import { da } from '../../i18n/dictionaries/da';
import type { ContentProblem } from './errors';
import { describeField } from './field-names';
import { parseContentSource, readContentFile } from './read-file';

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

interface NoticeFile {
  file: string;
  absolutePath: string;
}

function frontmatterOf(parsed: ReturnType<typeof parseContentSource>): Record<string, unknown> | undefined {
  if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null) return undefined;
  return Object.fromEntries(Object.entries(parsed.data));
}

const changeCount = (data: Record<string, unknown>) =>
  Array.isArray(data.changes) ? data.changes.length : 0;

/**
 * Compares each notice with its published version (see published-version.ts). A notice whose legal fields
 * changed must also have a new entry in `changes`. `publishedVersion` returns undefined for a new notice.
 */
export function checkChangeHistory(
  notices: readonly NoticeFile[],
  publishedVersion: (file: string, absolutePath: string) => string | undefined,
): ContentProblem[] {
  return notices.flatMap(({ file, absolutePath }): ContentProblem[] => {
    const previousSource = publishedVersion(file, absolutePath);
    if (previousSource === undefined) return [];
    const previous = frontmatterOf(parseContentSource(previousSource, file));
    const current = frontmatterOf(readContentFile(absolutePath, file));
    if (!previous || !current) return [];
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
