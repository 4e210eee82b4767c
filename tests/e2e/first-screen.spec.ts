import { expect, test } from '@playwright/test';

import { languages } from '../../src/config/languages';
import { recordedFirstScreens } from './first-screen';
import { pages } from './site-content';

// Runs after the sweep (its project depends on the sweep's), which measures each notice page on a phone
// once: on at least 19 of every 20 notices in each language the first layer's legal basis, retention
// period and rights link lie within the first screen. A long title and summary may push one past it.
const share = 19 / 20;

for (const { code } of languages) {
  test(`${code}: the first layer's key facts are on a phone's first screen on 19 of every 20 notices`, ({}, testInfo) => {
    const notices = pages.filter((page) => page.type === 'notice' && page.language === code);
    const measured = recordedFirstScreens(testInfo.project.outputDir).filter(
      (record) => record.language === code,
    );
    expect(measured.map((record) => record.path).sort()).toEqual(notices.map((page) => page.path).sort());
    const below = measured.filter((record) => !record.onFirstScreen);
    expect(
      measured.length - below.length,
      `below the first screen: ${below.map((record) => `${record.path} (${record.lowestFact} px)`).join(', ')}`,
    ).toBeGreaterThanOrEqual(Math.ceil(measured.length * share));
  });
}
