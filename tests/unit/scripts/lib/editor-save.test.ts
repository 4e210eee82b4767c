import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

import { editedFields, errorsAfterSave, filesToSave, SaveRefused } from '../../../../scripts/lib/editor-save';
import { projectRoot } from '../../helpers';

const notice = 'purposes/udlaendingestyrelsen/videoovervaagning.md';
const written = readFileSync(path.join(projectRoot, 'content', notice), 'utf8');
const translation = `translations/en/${notice}`;
const translationWritten = readFileSync(path.join(projectRoot, 'content', translation), 'utf8');

/** The file as Decap writes it: the same values in its own YAML style, without comments. */
function asDecapWritesIt(text: string, change: (data: Record<string, unknown>) => void = () => undefined) {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = parse(frontmatter, { schema: 'core' }) as Record<string, unknown>;
  change(data);
  return `---\n${stringify(data, { lineWidth: 60 })}---\n${body}`;
}

describe('the web editor’s save', () => {
  it('writes an unchanged notice exactly as it is on disk, whatever Decap made of it', () => {
    const [saved] = filesToSave([{ path: `content/${notice}`, raw: asDecapWritesIt(written) }]);
    expect(saved).toEqual({ file: notice, text: written });
  });

  it('refuses a file outside the content folder, in Danish', () => {
    expect(() => filesToSave([{ path: 'package.json', raw: '{}' }])).toThrow(
      new SaveRefused('package.json er ikke en fil i indholdsmappen og kan ikke gemmes herfra.'),
    );
  });

  it('finds no error in a save that changes nothing', () => {
    expect(errorsAfterSave([{ file: notice, text: written }])).toEqual([]);
  });

  it('finds the error a save would bring, as npm run check:content finds it', () => {
    const raw = asDecapWritesIt(written, (data) => delete data.title);
    expect(errorsAfterSave(filesToSave([{ path: `content/${notice}`, raw }]))).toEqual([
      {
        file: 'content/purposes/udlaendingestyrelsen/videoovervaagning.md',
        field: 'title',
        message: 'feltet mangler. Tilføj det',
      },
    ]);
  });

  it('keeps the translation’s fingerprints on disk, whatever the editor sends', () => {
    const raw = asDecapWritesIt(translationWritten, (data) => {
      data.sourceFingerprints = { title: '000000000000' };
    });
    const [saved] = filesToSave([{ path: `content/${translation}`, raw }]);
    expect(saved).toEqual({ file: translation, text: translationWritten });
  });

  it('marks the fields the translator changed, and only those, as translated from the Danish text now', () => {
    const raw = asDecapWritesIt(translationWritten, (data) => {
      data.title = 'Video recording';
      delete data.sourceFingerprints;
    });
    const [saved] = filesToSave([{ path: `content/${translation}`, raw }]);
    expect(editedFields(translation, translationWritten, saved!.text)).toEqual(['title']);
    expect(saved!.text).toBe(
      translationWritten.replace('title: Video surveillance', 'title: Video recording'),
    );
    const body = `${translationWritten}\nA new paragraph.\n`;
    expect(editedFields(translation, translationWritten, body)).toEqual(['body']);
  });
});
