/**
 * The content check's figures: the whole check of a content folder, as npm run check:content and the build
 * run it, and the check of one draft against the rest, as the web editor's preview pane asks for it on each
 * pause in typing (src/app/admin/kladde/route.dev.ts), with the cache of the checks before it. The pane
 * follows the form within a second when the draft's check takes well under one: its target is 0.3 s on
 * the real content on an idle machine.
 */
import { rmSync } from 'node:fs';

import { contentRoot } from '../../src/config/environment';
import { checkContent, checkProjectContent } from '../../src/lib/content/check';
import { CheckCache } from '../../src/lib/content/check-cache';
import { contentPath } from '../../src/lib/content/content-files';
import { ContentFolder, type UnsavedFile } from '../../src/lib/content/content-folder';
import { loadProjectContent } from '../../src/lib/content/load';
import { today } from '../../src/lib/dates';
import { generateContent } from './generate-content';

const seconds = (task: () => void) => {
  const started = performance.now();
  task();
  return (performance.now() - started) / 1000;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface ContentCheckFigures {
  /** The whole check, nothing kept from before. */
  fullSeconds: number;
  /** One notice's draft checked against the rest, the checks before it kept: the median of five drafts. */
  draftSeconds: number;
}

type Check = (unsaved: UnsavedFile[], cache?: CheckCache) => unknown;

/** Times `check` of the content folder `root`, and of five drafts of its notice `notice` (a path inside it). */
function timeCheck(check: Check, root: string, notice: string): ContentCheckFigures {
  const fullSeconds = seconds(() => check([]));
  const cache = new CheckCache();
  check([], cache);
  const text = new ContentFolder(root).text(notice)!;
  const drafts = [1, 2, 3, 4, 5].map((draft) => ({
    file: notice,
    text: text.replace(/^title: (.*)$/m, `title: $1 (kladde ${draft})`),
  }));
  return { fullSeconds, draftSeconds: median(drafts.map((draft) => seconds(() => check([draft], cache)))) };
}

const realNotices = () =>
  loadProjectContent().authorities.flatMap((authority) =>
    authority.notices.map((notice) => ({ authority: authority.slug, slug: notice.slug })),
  );

/** Times the check of the project's content as the web editor runs it: against the published version in git. */
export const timeProjectContentCheck = () =>
  timeCheck(checkProjectContent, contentRoot(), contentPath('purpose', realNotices()[0]));

/**
 * Times the check of a generated content set of `count` notices (see generateContent), which is in no git
 * repository: without the change notes, as the benchmark's full check has always been timed.
 */
export function timeGeneratedContentCheck(count: number): ContentCheckFigures {
  const notices = realNotices();
  const root = generateContent(count, notices);
  try {
    const check: Check = (unsaved, cache) =>
      checkContent(root, 'content', { today: today(), unsaved, cache });
    return timeCheck(check, root, contentPath('purpose', notices[0]));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
