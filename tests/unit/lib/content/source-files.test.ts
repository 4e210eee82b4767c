import { describe, expect, it } from 'vitest';

import { agreementFile, authorityFile, noticeFile } from '@/lib/content/source-files';

import { loadValidFixture } from '../../helpers';

describe('the file a page is made from', () => {
  const content = loadValidFixture();

  it('is named as the loader names the file of each authority and notice', () => {
    for (const authority of content.authorities) {
      expect(authorityFile(authority.slug, 'content')).toBe(authority.file);
      for (const notice of authority.notices)
        expect(noticeFile(authority.slug, notice.slug, 'content')).toBe(notice.file);
    }
  });

  it('is named as the loader names the file of each agreement', () => {
    for (const agreement of content.agreements)
      expect(agreementFile(agreement.slug, 'content')).toBe(agreement.file);
  });
});
