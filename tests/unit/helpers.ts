/** The unit tests' toolkit: the fixture sets, the real content, and temporary copies that remove themselves. */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, it } from 'vitest';
import { z } from 'zod';

import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/errors';
import { loadContent, readContent } from '@/lib/content/load';

import type { CommandFolder } from '../../scripts/lib/command';

export { cleanEnvironment, commitOn, git, publishOnMain } from '../git';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
/** `valid/` is a complete content folder; `broken/` and `incomplete/` hold files to place into a copy of it. */
const contentFixtures = path.join(projectRoot, 'tests/fixtures/content');

export const loadValidFixture = () => loadContent(path.join(contentFixtures, 'valid'));
export const loadRealContent = () => loadContent(path.join(projectRoot, 'content'));

/** Runs `task` in a new temporary folder and removes the folder afterwards, whether `task` passes or throws. */
export function inTemporaryFolder<Result>(task: (folder: string) => Result): Result {
  const folder = mkdtempSync(path.join(tmpdir(), 'persondata-'));
  try {
    return task(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Runs `task` on a copy of the valid fixture set, removed afterwards. The copy is a folder named `content`,
 * as in the project, so scripts run in its parent folder find it and problems name `content/…`.
 */
export function inCopyOfValidContent<Result>(task: (root: string) => Result): Result {
  return inTemporaryFolder((folder) => {
    const root = path.join(folder, 'content');
    cpSync(path.join(contentFixtures, 'valid'), root, { recursive: true });
    return task(root);
  });
}

/** Runs `task` on a copy of the valid fixture set without an error, as content is before a documented step. */
export const inCopyOfPublishableContent = <Result>(task: (root: string) => Result): Result =>
  inCopyOfValidContent((root) => {
    placeFixture(root, 'incomplete/complete.md', 'purposes/testmyndighed/minimal.md');
    return task(root);
  });

/** The content folder `root` as a command (npm run check:content, new:purpose) sees it run beside it. */
export const commandFolderOf = (root: string): CommandFolder => ({
  root,
  label: 'content',
  cwd: path.dirname(root),
});

/** Copies a fixture file such as "broken/empty.md" to `target`, a path inside the content folder `root`. */
export function placeFixture(root: string, fixture: string, target: string) {
  const destination = path.join(root, target);
  mkdirSync(path.dirname(destination), { recursive: true });
  cpSync(path.join(contentFixtures, fixture), destination);
}

/**
 * The check of a copy of the valid fixture set with a notice translation in each state, on 2026-11-28:
 * videoovervaagning.md's Danish notice changed after its translation (out of date), a translation of
 * minimal.md with a text left untranslated (errors), and mangel.md, which declares a gap, without one.
 */
export const checkWithEveryTranslationState = () =>
  inCopyOfValidContent((root) => {
    placeFixture(
      root,
      'translations/danish-notice-changed-later.md',
      'purposes/testmyndighed/videoovervaagning.md',
    );
    placeFixture(
      root,
      'translations/left-untranslated.md',
      'translations/en/purposes/testmyndighed/minimal.md',
    );
    placeFixture(root, 'incomplete/gap-declared.md', 'purposes/testmyndighed/mangel.md');
    return checkContent(root, 'content', { today: '2026-11-28' });
  });

/** Where the broken-file tests place a notice and an authority in the copy; problems name them `content/…`. */
export const noticeFile = 'purposes/testmyndighed/brudt.md';
export const authorityFile = 'authorities/brudt-myndighed.md';

/** A file from `broken/`, where it goes in a copy of the valid fixture set, and the problems it must cause. */
export interface BrokenFileCase {
  fixture: string;
  target: string;
  expected: string[];
}

/** The problems, errors and warnings, an editor is shown for a copy of the valid fixture set after `change`. */
export function problemsAfter(change: (root: string) => void): string[] {
  return inCopyOfValidContent((root) => {
    change(root);
    return readContent(root).problems.map(formatProblem);
  });
}

/** One test per case: the broken file, placed into a copy of the valid fixture set, gives exactly its problems. */
export function itReportsEach(cases: Record<string, BrokenFileCase>) {
  it.each(Object.entries(cases))('reports %s', (_, { fixture, target, expected }) => {
    expect(problemsAfter((root) => placeFixture(root, `broken/${fixture}`, target))).toEqual(expected);
  });
}

/** Every field name a content schema accepts, nested ones included: through optional fields, lists and groups. */
export function schemaFieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return schemaFieldNames(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return schemaFieldNames(schema.element as z.ZodType);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([name, field]) => [
      name,
      ...schemaFieldNames(field as z.ZodType),
    ]);
  }
  return [];
}
