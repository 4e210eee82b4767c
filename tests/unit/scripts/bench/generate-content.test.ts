import { rmSync } from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { generateContent } from '../../../../scripts/bench/generate-content';
import { checkContent } from '../../../../src/lib/content/check';
import { isError } from '../../../../src/lib/content/errors';
import { loadContent, loadProjectContent } from '../../../../src/lib/content/load';
import { today } from '../../../../src/lib/dates';
import { contentIn } from '../../../../src/lib/site-content/localize';

const real = loadProjectContent();
const realNotices = real.authorities.flatMap((authority) =>
  authority.notices.map((notice) => ({ authority: authority.slug, slug: notice.slug })),
);
const count = realNotices.length + 30;
const root = generateContent(count, realNotices);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the benchmark’s generated content', () => {
  const generated = loadContent(root);
  const notices = generated.authorities.flatMap((authority) => authority.notices);

  it('has the notices asked for, and passes the content check', () => {
    expect(notices).toHaveLength(count);
    const { problems } = checkContent(root, 'content', { today: today() });
    expect(problems.filter(isError)).toEqual([]);
  });

  it('translates every generated notice, as the real site does', () => {
    const english = contentIn(generated, 'en').authorities.flatMap((authority) => authority.notices);
    const copies = english.filter((notice) => notice.slug.startsWith('genereret-'));
    expect(copies).toHaveLength(30);
    for (const notice of copies) expect(notice.title).toMatch(/^Generated purpose \d+$/);
  });

  it('groups the copies no larger than the real topics are, so no page lists them all', () => {
    const perTopic = (notices: { topic: string }[]) => {
      const sizes = new Map<string, number>();
      for (const { topic } of notices) sizes.set(topic, (sizes.get(topic) ?? 0) + 1);
      return Math.max(...sizes.values());
    };
    const realNoticesOfTopics = real.authorities.flatMap((authority) => authority.notices);
    expect(perTopic(notices.filter((notice) => notice.slug.startsWith('genereret-')))).toBeLessThanOrEqual(
      perTopic(realNoticesOfTopics),
    );
  });
});
