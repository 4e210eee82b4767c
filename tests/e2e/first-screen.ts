import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { TestInfo } from '@playwright/test';

/** What the sweep measured on one notice page on a phone: whether the first layer's key facts fit the first screen. */
export interface FirstScreen {
  path: string;
  language: string;
  onFirstScreen: boolean;
  /** The lowest bottom edge of the facts, in CSS pixels from the top of the screen. */
  lowestFact: number;
}

const fileName = 'first-screen.json';

/** Keeps the measurement beside the test's other output, for first-screen.spec.ts to count. */
export function recordFirstScreen(testInfo: TestInfo, measured: FirstScreen) {
  writeFileSync(testInfo.outputPath(fileName), JSON.stringify(measured));
}

/** Every measurement of this run (Playwright empties the output folder when a run starts). */
export function recordedFirstScreens(outputDir: string): FirstScreen[] {
  return readdirSync(outputDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === fileName)
    .map((file) => JSON.parse(readFileSync(path.join(outputDir, file), 'utf8')) as FirstScreen);
}
