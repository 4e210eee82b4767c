import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import * as harfbuzz from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';

import { plexSubsets, projectRoot, subsetPlex } from '../../scripts/lib/font-subset';

/** The characters a font file maps, read with HarfBuzz (which reads TrueType, not woff2). */
async function charactersOf(file: string): Promise<Set<string>> {
  const truetype = await subsetFont(readFileSync(path.join(projectRoot, file)), '', {
    keepAllGlyphs: true,
    targetFormat: 'truetype',
  });
  const face = new harfbuzz.Face(new harfbuzz.Blob(new Uint8Array(truetype)));
  return new Set([...face.collectUnicodes()].map((codePoint) => String.fromCodePoint(codePoint)));
}

/** Every text the site shows comes from these files: the content, the components and the search script. */
function siteText(): string {
  const files = [
    ...['content', 'src'].flatMap((folder) =>
      readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(md|tsx?)$/.test(file))
        .map((file) => path.join(folder, file)),
    ),
    'public/soeg.js',
  ];
  return files.map((file) => readFileSync(path.join(projectRoot, file), 'utf8')).join('');
}

// Subsetting runs HarfBuzz in WebAssembly: a few seconds per font on a busy core.
describe('the site’s fonts', { timeout: 60_000 }, () => {
  it('are the subsets npm run build:fonts cuts from DKFDS’s files (run it after a change)', async () => {
    for (const { source, target } of plexSubsets) {
      expect((await subsetPlex(source)).equals(readFileSync(path.join(projectRoot, target))), target).toBe(
        true,
      );
    }
  });

  it('draw every character the site writes that IBM Plex Sans has', async () => {
    const written = [...new Set(siteText().replace(/\s/g, ''))];
    for (const { source, target } of plexSubsets) {
      const original = await charactersOf(source);
      const subset = await charactersOf(target);
      const missing = written.filter((character) => original.has(character) && !subset.has(character));
      expect(missing, `${target}: add these to fontCharacters and run npm run build:fonts`).toEqual([]);
    }
  });
});
