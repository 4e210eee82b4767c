import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { chromiumExecutable, chromiumFlags } from '../lib/chromium';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof categories)[number], number>;

/** Lighthouse's mobile scores (0–100) for each page, in the Chromium the tests use. */
export async function lighthouseScores(
  urls: Record<string, string>,
): Promise<Record<string, LighthouseScores>> {
  const chrome = await launch({
    chromePath: chromiumExecutable() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    const scores: Record<string, LighthouseScores> = {};
    for (const [name, url] of Object.entries(urls)) {
      // A run that fails (no score) is Lighthouse's own hiccup, not the page's: try up to three times.
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        // The default configuration emulates a mid-range phone on a throttled mobile connection.
        const { lhr } = (await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: [...categories],
        }))!;
        const complete = categories.every((category) => typeof lhr.categories[category]?.score === 'number');
        scores[name] = Object.fromEntries(
          categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
        ) as LighthouseScores;
        if (complete) break;
        console.warn(
          `Lighthouse run ${attempt} of ${url} failed: ${lhr.runtimeError?.message ?? 'a category has no score'}`,
        );
      }
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
