import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import { contentFiles, kindOfPath, translationPath } from '@/lib/content/content-files';
import { ContentFolder } from '@/lib/content/content-folder';
import { readContent } from '@/lib/content/load';
import { fieldFingerprint, wordsOf } from '@/lib/content/source-fingerprints';
import { noticeTranslationSchema } from '@/lib/content/translation-schema';
import type { Content } from '@/lib/content/types';
import type { Localized } from '@/lib/site-content';
import { contentIn, langOfText } from '@/lib/site-content/localize';

import { withReviewedFields } from '../../../../scripts/lib/translation-reviewed';
import { inCopyOfValidContent } from '../../helpers';

describe('the fingerprint of a Danish field', () => {
  const danish = (retention: unknown, body = 'Første afsnit.\n\nAndet afsnit.') => ({
    data: { retention },
    body,
  });
  const fingerprint = (source: ReturnType<typeof danish>, field = 'retention') =>
    fieldFingerprint(noticeTranslationSchema, field, source);

  it('is 12 hexadecimal digits', () => {
    expect(fingerprint(danish({ period: '30 dage' }))).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes with the words, and not with their order of keys, line breaks or spaces', () => {
    const words = { period: '30 dage', criteria: 'Slettes efter 30 dage.' };
    expect(fingerprint(danish({ criteria: 'Slettes  efter\n30 dage. ', period: '30 dage' }))).toBe(
      fingerprint(danish(words)),
    );
    expect(fingerprint(danish({ ...words, period: '60 dage' }))).not.toBe(fingerprint(danish(words)));
  });

  it('keeps the body’s paragraphs apart, but not its line breaks inside one', () => {
    const body = fingerprint(danish({}), 'body');
    expect(fingerprint(danish({}, 'Første\nafsnit.\n\n\nAndet afsnit.\n'), 'body')).toBe(body);
    expect(fingerprint(danish({}, 'Første afsnit.\nAndet afsnit.'), 'body')).not.toBe(body);
  });
});

/** A translation of each text of the Danish file: "EN " and the Danish words, and "EN body." below. */
function translate(root: string, danishPath: string, entity: object) {
  const kind = kindOfPath(danishPath)!.kind;
  const words = wordsOf(contentFiles[kind].translationSchema, entity, (text) => `EN ${text}`);
  const file = translationPath('en', danishPath);
  const text = `---\n${stringify(words)}---\n\nEN body.\n`;
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), withReviewedFields(new ContentFolder(root, 'content'), file, text));
}

interface TrackedCase {
  danishPath: string;
  entityOf: (content: Content) => Localized;
  /** A Danish text of the field that changes, and what it becomes. */
  change: [string, string];
  field: string;
  /** A field that does not change. */
  other: string;
}

const cases: Record<string, TrackedCase> = {
  'an authority': {
    danishPath: 'authorities/testmyndighed.md',
    entityOf: (content) => content.authorities.find((authority) => authority.slug === 'testmyndighed')!,
    change: ['description: En myndighed til test.', 'description: En myndighed, der tester.'],
    field: 'description',
    other: 'name',
  },
  'an agreement': {
    danishPath: 'agreements/faelles.md',
    entityOf: (content) => content.agreements.find((agreement) => agreement.slug === 'faelles')!,
    change: ['covers: Et fælles register.', 'covers: To fælles registre.'],
    field: 'covers',
    other: 'title',
  },
  'a shared text': {
    danishPath: 'shared/emner.md',
    entityOf: (content) => content.topics,
    change: ['title: Andet emne', 'title: Et andet emne'],
    field: 'topics',
    other: 'title',
  },
};

describe('the freshness of a translation, field by field', () => {
  it.each(Object.entries(cases))(
    'shows only the changed field of %s in Danish, with a warning',
    (_, { danishPath, entityOf, change, field, other }) => {
      const [before, after] = inCopyOfValidContent((root) => {
        translate(root, danishPath, entityOf(readContent(root).content!));
        const translated = readContent(root);
        const file = path.join(root, danishPath);
        writeFileSync(file, readFileSync(file, 'utf8').replace(...change));
        return [translated, readContent(root)];
      });
      const translation = `content/${translationPath('en', danishPath)}`;
      const warnedFields = (reading: typeof before) =>
        reading.problems.filter((problem) => problem.file === translation).map((problem) => problem.field);
      expect(warnedFields(before)).toEqual([]);
      expect(warnedFields(after)).toEqual([field]);

      const danish = entityOf(after.content!);
      const english = entityOf(contentIn(after.content!, 'en'));
      const valueOf = (entity: Localized, key: string) => (entity as Record<string, unknown>)[key];
      expect(valueOf(english, field)).toEqual(valueOf(danish, field));
      expect(JSON.stringify(valueOf(english, field))).toContain(change[1].split(': ')[1]);
      expect(langOfText(english, field)).toBe('da');
      expect(valueOf(english, other)).toBe(`EN ${String(valueOf(danish, other))}`);
      expect(langOfText(english, other)).toBeUndefined();
    },
  );
});
