import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import { parseContentSource } from '@/lib/content/read-file';
import { noticeSchema } from '@/lib/content/schema';
import { mergeEditedData, mergeEditedFile } from '@/lib/editor/save';

import { projectRoot } from '../../helpers';

type Data = Record<string, unknown>;

const contentRoot = path.join(projectRoot, 'content');
// content/README.md is the editors' guide, not an entry the editor opens.
const contentFiles = readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .sort();
const readContent = (file: string) => readFileSync(path.join(contentRoot, file), 'utf8');

/** The frontmatter values and body, as the web editor's form holds them. */
function parse(text: string) {
  const parsed = parseContentSource(text, 'test.md');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return { data: parsed.data as Data, body: parsed.body };
}

/** A file as Decap writes it: its own YAML style, no comments, other key order and line folding. */
function decapStyle(text: string) {
  const { data, body } = parse(text);
  const reversed = Object.fromEntries(Object.entries(data).reverse());
  return `---\n${stringify(reversed, { lineWidth: 40, defaultStringType: 'QUOTE_SINGLE' })}---\n${body}\n`;
}

/** Where `after` differs from `before`: the lines around stay identical and in place. */
function changedLines(before: string, after: string) {
  const old = before.split('\n');
  const now = after.split('\n');
  let head = 0;
  while (head < old.length && old[head] === now[head]) head++;
  let tail = 0;
  while (tail < Math.min(old.length, now.length) - head && old.at(-1 - tail) === now.at(-1 - tail)) tail++;
  return {
    at: head + 1,
    removed: old.slice(head, old.length - tail),
    added: now.slice(head, now.length - tail),
  };
}

/** `data` with `key` set to `value` right after `previous`, as a form that follows the schema's order sends it. */
const withKeyAfter = (data: Data, previous: string, key: string, value: unknown) =>
  Object.fromEntries(
    Object.entries(data).flatMap((entry) => (entry[0] === previous ? [entry, [key, value]] : [entry])),
  );

// Copies of a real notice and authority (ophold-i-danmark.md and udlaendingestyrelsen.md, 2026-11-28),
// frozen so that the exact lines these tests expect do not move when the content is edited.
const fixtures = path.join(projectRoot, 'tests/fixtures/editor');
const readFixture = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');
const notice = readFixture('notice.md');
const authority = readFixture('authority.md');

const edit = (text: string, change: (data: Data) => Data, body?: string) => {
  const parsed = parse(text);
  return mergeEditedData(text, change(structuredClone(parsed.data)), body ?? parsed.body);
};

describe('saving a content file that did not change', () => {
  it.each(contentFiles)('writes %s byte for byte as it was', (file) => {
    const text = readContent(file);
    const { data, body } = parse(text);
    expect(mergeEditedData(text, data, body)).toBe(text);
  });

  it.each(contentFiles)('writes %s byte for byte from the file as Decap serialised it', (file) => {
    const text = readContent(file);
    expect(mergeEditedFile(text, decapStyle(text))).toBe(text);
  });
});

describe('saving one changed field', () => {
  it('changes only the lines of a changed folded text', () => {
    const period = 'Tre år efter, at sagen er afsluttet.';
    const result = edit(notice, (data) => ({ ...data, retention: { ...(data.retention as Data), period } }));
    expect(changedLines(notice, result)).toEqual({
      at: 38,
      removed: [
        '  period: >-',
        '    Fingeraftryk og ansigtsfoto: 20 år fra optagelsen, i visumsager 10 år og kun 10 år, hvis der gives',
        '    opholdstilladelse.',
      ],
      added: [`  period: ${period}`],
    });
  });

  it('adds a new item at the end of a list as two lines', () => {
    const result = edit(notice, (data) => ({
      ...data,
      changes: [...(data.changes as Data[]), { date: '2026-11-29', note: 'Opbevaringen er rettet.' }],
    }));
    expect(changedLines(notice, result)).toEqual({
      at: 54,
      removed: [],
      added: ['  - date: 2026-11-29', '    note: Opbevaringen er rettet.'],
    });
  });

  it('changes only the note of a changed list item, its date line stays', () => {
    const result = edit(notice, (data) => {
      const [first] = data.changes as [Data];
      first.note = 'Offentliggjort.';
      return data;
    });
    expect(changedLines(notice, result)).toEqual({
      at: 48,
      removed: ['    note: Oplysningen er offentliggjort på dette site.'],
      added: ['    note: Offentliggjort.'],
    });
  });

  it('changes the order number on its own line', () => {
    const result = edit(notice, (data) => ({ ...data, order: 3 }));
    expect(changedLines(notice, result)).toEqual({ at: 6, removed: ['order: 1'], added: ['order: 3'] });
  });

  it('removes an optional field the form left empty, and nothing else', () => {
    const result = edit(notice, (data) => ({ ...data, lastReviewed: '' }));
    expect(changedLines(notice, result)).toEqual({
      at: 45,
      removed: ['lastReviewed: 2026-11-28'],
      added: [],
    });
  });

  it('puts a new field where a removed one was, first, last or in a list item', () => {
    const before = '---\na: 1\nb: 2\nm:\n  x: 1\n  y: 2\nl:\n  - k: 1\n    j: 2\n---\n';
    const data = { c: 3, b: 2, m: { y: 2, z: 3 }, l: [{ i: 0, k: 1, j: 2 }] };
    expect(mergeEditedData(before, data, '')).toBe(
      '---\nc: 3\nb: 2\nm:\n  y: 2\n  z: 3\nl:\n  - i: 0\n    k: 1\n    j: 2\n---\n',
    );
    expect(mergeEditedData('---\na: 1\nb: 2\nc: 3\n---\n', { a: 1, n: 9, c: 3 }, '')).toBe(
      '---\na: 1\nn: 9\nc: 3\n---\n',
    );
  });

  it('adds a new field where the form has it, after the field before it', () => {
    const result = edit(notice, (data) => withKeyAfter(data, 'sources', 'recipients', []));
    expect(changedLines(notice, result)).toEqual({ at: 37, removed: [], added: ['recipients: []'] });
  });
});

describe('what a save keeps', () => {
  const commented = notice.replace(
    'order: 1\n',
    'order: 1 # efter ministeriets egen rækkefølge\n# Emnet styrer oversigten.\n',
  );

  it('keeps comments when another field changes', () => {
    const result = edit(commented, (data) => ({ ...data, title: 'Ophold' }));
    expect(changedLines(commented, result)).toEqual({
      at: 2,
      removed: ['title: Ophold i Danmark'],
      added: ['title: Ophold'],
    });
  });

  it('keeps the comment after a changed value on its line', () => {
    const result = edit(commented, (data) => ({ ...data, order: 2 }));
    expect(result).toContain('order: 2 # efter ministeriets egen rækkefølge\n# Emnet styrer oversigten.\n');
  });

  it('keeps an unchanged folded text folded', () => {
    const result = edit(notice, (data) => ({ ...data, title: 'Ophold' }));
    expect(result).toContain(notice.slice(notice.indexOf('summary: >-'), notice.indexOf('order:')));
  });

  it('adds no key for an empty string from the form', () => {
    expect(
      edit(notice, (data) => ({
        ...data,
        controllerNote: '',
        retention: { ...(data.retention as Data), basis: null },
      })),
    ).toBe(notice);
  });

  it('adds no object whose fields the form left empty', () => {
    expect(edit(notice, (data) => ({ ...data, automatedDecisions: { used: null, explanation: '' } }))).toBe(
      notice,
    );
  });

  it('keeps contactForm: {} when the form sends it with empty fields', () => {
    const result = edit(authority, (data) => {
      const contact = data.controllerContact as Data;
      contact.contactForm = { guidance: '' };
      return data;
    });
    expect(result).toBe(authority);
  });

  it('keeps recipients: [] and can set it', () => {
    const nobody = edit(notice, (data) => withKeyAfter(data, 'sources', 'recipients', []));
    expect(edit(nobody, (data) => data)).toBe(nobody);
    const someone = edit(nobody, (data) => ({ ...data, recipients: [{ name: 'Politiet' }] }));
    expect(changedLines(nobody, someone)).toEqual({
      at: 37,
      removed: ['recipients: []'],
      added: ['recipients:', '  - name: Politiet'],
    });
  });
});

/** The path of every value in `value`, lists included, as keys and indexes. */
function valuePaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => valuePaths(item, [...at, index]))];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => valuePaths(item, [...at, key]));
  return [at];
}

function setAt(data: Data, at: (string | number)[], value: unknown) {
  const parent = at.slice(0, -1).reduce<Data>((object, key) => object[key] as Data, data);
  parent[at.at(-1)!] = value;
}

describe('saving any one changed value of a notice and an authority', () => {
  const newValues = [
    'Ændret.',
    'En ny tekst fra formularen, længere end en linje i filerne, så den skal foldes og læses tilbage uændret.',
    '46',
    'true',
    7,
  ];
  it.each(['notice.md', 'authority.md'])('reads back every value of %s as the form had it', (file) => {
    const text = readFixture(file);
    const { data, body } = parse(text);
    for (const at of valuePaths(data).filter((at) => at.length > 0)) {
      for (const value of newValues) {
        const changed = structuredClone(data);
        setAt(changed, at, value);
        expect(parse(mergeEditedData(text, changed, body)), `${at.join('.')} = ${value}`).toEqual({
          data: changed,
          body,
        });
      }
    }
  });
});

describe('saving a changed list', () => {
  const lists = [
    '---',
    'recipients:',
    '  - name: Politiet',
    '    reason: Ved mistanke om strafbare forhold.',
    '  # Kommunerne får kun det, de skal bruge.',
    '  - name: Kommuner',
    '  - name: Andre myndigheder',
    '',
    '# Hullerne står til sidst.',
    'knownGaps: []',
    '---',
    '',
  ].join('\n');
  const recipients = () => [
    { name: 'Politiet', reason: 'Ved mistanke om strafbare forhold.' },
    { name: 'Kommuner' },
    { name: 'Andre myndigheder' },
  ];
  const saved = (changed: Data[]) => mergeEditedData(lists, { recipients: changed, knownGaps: [] }, '');

  it('inserts a new item where the form inserted it', () => {
    const changed = recipients();
    changed.splice(2, 0, { name: 'Skat' });
    expect(changedLines(lists, saved(changed))).toEqual({ at: 7, removed: [], added: ['  - name: Skat'] });
  });

  it('removes a removed item and only its lines', () => {
    const changed = recipients();
    changed.shift();
    expect(changedLines(lists, saved(changed))).toEqual({
      at: 3,
      removed: ['  - name: Politiet', '    reason: Ved mistanke om strafbare forhold.'],
      added: [],
    });
  });

  it('changes a field on the line of the item’s "- "', () => {
    const changed = recipients();
    changed[1] = { name: 'Kommunerne' };
    expect(changedLines(lists, saved(changed))).toEqual({
      at: 6,
      removed: ['  - name: Kommuner'],
      added: ['  - name: Kommunerne'],
    });
  });

  it('appends a new item before a comment that follows the list', () => {
    const result = saved([...recipients(), { name: 'Skat' }]);
    expect(changedLines(lists, result)).toEqual({ at: 8, removed: [], added: ['  - name: Skat'] });
  });
});

describe('saving a new item of a typed list', () => {
  // Decap adds a typed list's item with its choice first; the files write the schema's order.
  const original = ['---', 'title: Overførsel', 'transfers: []', '---', ''].join('\n');
  const asDecapSends = [
    '---',
    'title: Overførsel',
    'transfers:',
    "  - safeguard: '46'",
    '    recipient: Myndigheder i tredjelande',
    '---',
    '',
  ].join('\n');

  it('writes the item’s fields in the schema’s order', () => {
    expect(changedLines(original, mergeEditedFile(original, asDecapSends, noticeSchema))).toEqual({
      at: 3,
      removed: ['transfers: []'],
      added: ['transfers:', '  - recipient: Myndigheder i tredjelande', '    safeguard: "46"'],
    });
  });
});

describe('how new values are written', () => {
  it('quotes phone numbers and article numbers, and folds long text at 100 columns', () => {
    const long =
      'Oplysningerne deles med andre myndigheder, når det er nødvendigt for at behandle sagen, og kun i det omfang loven tillader det.';
    const result = edit(notice, (data) => ({
      ...data,
      phone: '+45 35 36 66 00',
      article: '46',
      purpose: long,
    }));
    expect(result).toContain('phone: "+45 35 36 66 00"\narticle: "46"\n');
    expect(result).toContain(
      'purpose: >-\n  Oplysningerne deles med andre myndigheder, når det er nødvendigt for at behandle sagen, og kun i\n  det omfang loven tillader det.\n',
    );
    expect(parse(result).data).toMatchObject({ phone: '+45 35 36 66 00', article: '46', purpose: long });
  });

  it('writes a text with paragraphs so that it reads back the same', () => {
    const purpose = 'Første afsnit.\n\nAndet afsnit.';
    expect(parse(edit(notice, (data) => ({ ...data, purpose }))).data).toMatchObject({ purpose });
  });

  it('quotes a text that would otherwise be read back as a number or a yes/no', () => {
    const result = edit(notice, (data) => ({ ...data, topic: 'true', title: '12' }));
    expect(parse(result).data).toMatchObject({ topic: 'true', title: '12' });
  });

  it('writes a new file in the form’s key order, with a blank line before the body', () => {
    const { data, body } = parse(notice);
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    const result = mergeEditedData(undefined, reordered, body);
    expect(result.split('\n')[1]).toBe('knownGaps:');
    expect(result).toContain(`---\n\n${body}\n`);
    expect(result.endsWith(`${body}\n`)).toBe(true);
    expect(parse(result)).toEqual({ data: reordered, body });
  });
});

describe('saving the body', () => {
  it('keeps the original body when only whitespace around it differs', () => {
    const { body } = parse(notice);
    expect(edit(notice, (data) => data, `\n\n${body}  \n\n`)).toBe(notice);
  });

  it('replaces only the body when it changed', () => {
    const result = edit(notice, (data) => data, 'Ny tekst.\n');
    const end = notice.indexOf('\n---\n') + '\n---\n'.length;
    expect(result).toBe(`${notice.slice(0, end)}\nNy tekst.\n`);
  });
});

describe('saving a file the editor could not serialise', () => {
  it('refuses it with a Danish message', () => {
    expect(() => mergeEditedFile(notice, 'title: uden frontmatter')).toThrow(
      'Editoren sendte en fil, der ikke kan læses',
    );
    expect(() => mergeEditedFile(notice, '---\ntitle: [\n---\n')).toThrow('Intet er gemt');
  });
});
