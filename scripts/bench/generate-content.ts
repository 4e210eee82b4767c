import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { contentRoot } from '../../src/config/environment';

/**
 * A copy of content/ with `count` notices in all: the real ones plus generated copies of a real notice,
 * spread over the authorities, so build and check costs can be measured at 100 and 1,000 notices.
 */
export function generateContent(
  count: number,
  realNotices: { absolutePath: string; authority: string }[],
): string {
  const root = mkdtempSync(path.join(tmpdir(), `persondata-${count}-`));
  cpSync(contentRoot(), root, { recursive: true });
  const template = readFileSync(realNotices[0]!.absolutePath, 'utf8');
  for (let index = 0; index < count - realNotices.length; index += 1) {
    const authority = realNotices[index % realNotices.length]!.authority;
    const notice = template
      .replace(/^title: .*$/m, `title: Genereret formål ${index + 1}`)
      .replace(/^order: .*$/m, `order: ${1000 + index}`);
    writeFileSync(path.join(root, 'purposes', authority, `genereret-${index + 1}.md`), notice);
  }
  return root;
}
