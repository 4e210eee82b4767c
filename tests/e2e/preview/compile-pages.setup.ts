import { expect, test as setup } from '@playwright/test';

import { previewProblemsPath } from '../../../src/components/preview/problems-banner';
import { localePath, noticePath } from '../../../src/config/routes';
import { compiling, setupTimeout } from './compiling';
import { editedNotice } from './preview-content';

setup('next dev has compiled the pages of the site and the list of problems', async ({ request }) => {
  setup.setTimeout(setupTimeout);
  const notice = noticePath(editedNotice.authority, editedNotice.slug);
  await Promise.all(
    ['/', notice, localePath('en', notice), previewProblemsPath].map(async (path) =>
      expect((await request.get(path, compiling)).status(), path).toBe(200),
    ),
  );
});
