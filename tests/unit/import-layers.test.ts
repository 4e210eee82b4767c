import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { projectRoot } from './helpers';

/**
 * The layers of src/, bottom first: a file may import its own layer and the layers below it, never one
 * above. A file belongs to the layer of the longest prefix that names it.
 */
const layers: readonly { name: string; paths: readonly string[] }[] = [
  { name: 'config', paths: ['src/config/'] },
  // Pure helpers that know nothing of the site: every layer may use them.
  { name: 'foundation', paths: ['src/lib/dates.ts', 'src/lib/labels.ts', 'src/lib/section-ids.ts'] },
  { name: 'i18n', paths: ['src/i18n/'] },
  {
    name: 'content model',
    paths: [
      'src/lib/content/schema.ts',
      'src/lib/content/translation-schema.ts',
      'src/lib/content/content-files.ts',
      'src/lib/content/types.ts',
    ],
  },
  { name: 'gdpr', paths: ['src/lib/gdpr/'] },
  { name: 'content', paths: ['src/lib/content/'] },
  { name: 'site helpers', paths: ['src/lib/'] },
  { name: 'site content', paths: ['src/lib/site-content/'] },
  { name: 'components', paths: ['src/components/'] },
  { name: 'app', paths: ['src/app/'] },
];

/** Every TypeScript file under src/, as "src/…". */
const sourceFiles = readdirSync(path.join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => `src/${file.split(path.sep).join('/')}`);

/** The file an import specifier names, for '@/…' and relative specifiers; undefined for packages. */
function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = `src/${specifier.slice(2)}`;
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base];
  const isFile = (candidate: string) => {
    const file = path.join(projectRoot, candidate);
    return existsSync(file) && statSync(file).isFile();
  };
  return candidates.find(isFile) ?? `${base} (missing)`;
}

/** Every file's imports of the project's own files, type-only ones included, as TypeScript's own scanner reads them. */
const importGraph = new Map(
  sourceFiles.map((file) => {
    const text = readFileSync(path.join(projectRoot, file), 'utf8');
    const imports = ts.preProcessFile(text, true, true).importedFiles.flatMap(({ fileName }) => {
      const target = resolve(file, fileName);
      return target ? [target] : [];
    });
    return [file, [...new Set(imports)]];
  }),
);

const isSource = (file: string) => /\.tsx?$/.test(file);

function layerOf(file: string): number {
  let found = -1;
  let longest = -1;
  layers.forEach((layer, index) => {
    for (const prefix of layer.paths) {
      if (file.startsWith(prefix) && prefix.length > longest) {
        found = index;
        longest = prefix.length;
      }
    }
  });
  return found;
}

/** The import circles: each group of files that import each other, directly or through others (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    lowest.set(file, index.get(file)!);
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(file, Math.min(lowest.get(file)!, lowest.get(target)!));
      } else if (stack.includes(target)) {
        lowest.set(file, Math.min(lowest.get(file)!, index.get(target)!));
      }
    }
    if (lowest.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== file);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  // The stylesheet the layout imports is no module of the graph.
  const graph = new Map([...importGraph].map(([file, imports]) => [file, imports.filter(isSource)]));

  it('reads every import of the project’s own files', () => {
    const unresolved = [...importGraph].flatMap(([file, imports]) =>
      imports.filter((target) => target.endsWith('(missing)')).map((target) => `${file} imports ${target}`),
    );
    expect(unresolved).toEqual([]);
    expect(graph.get('src/app/sitemap.ts')).toContain('src/config/routes.ts');
  });

  it('places every file in a layer', () => {
    expect([...graph.keys()].filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('has no arrow that points up a layer', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => layerOf(target) > layerOf(file))
        .map(
          (target) =>
            `${file} (${layers[layerOf(file)]?.name}) imports ${target} (${layers[layerOf(target)]?.name})`,
        ),
    );
    expect(upward).toEqual([]);
  });
});
