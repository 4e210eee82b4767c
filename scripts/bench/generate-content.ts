import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { contentRoot } from '../../src/config/environment';
import { contentPath } from '../../src/lib/content/content-files';
import { projectContentFolder } from '../../src/lib/content/content-folder';

/**
 * A copy of content/ with `count` notices in all: the real ones plus generated copies of a real notice,
 * spread over the authorities, so build and check costs can be measured at 100 and 1,000 notices.
 */
export function generateContent(count: number, realNotices: { authority: string; slug: string }[]): string {
  const root = mkdtempSync(path.join(tmpdir(), `persondata-${count}-`));
  cpSync(contentRoot(), root, { recursive: true });
  const template = projectContentFolder().text(contentPath('purpose', realNotices[0]))!;
  for (let index = 0; index < count - realNotices.length; index += 1) {
    const authority = realNotices[index % realNotices.length]!.authority;
    const notice = template
      .replace(/^title: .*$/m, `title: Genereret formål ${index + 1}`)
      .replace(/^order: .*$/m, `order: ${1000 + index}`);
    writeFileSync(
      path.join(root, contentPath('purpose', { authority, slug: `genereret-${index + 1}` })),
      notice,
    );
  }
  return root;
}
