import type * as React from 'react';

/**
 * React with a `cache` that remembers for as long as a test file runs. Outside a server request React's
 * `cache` remembers nothing, so `setPageLanguage` would be forgotten at once; this stands for one request
 * that lasts the whole file, as a server render would have it. Use as
 * `vi.mock('react', async (original) => (await import('../one-request')).reactWithOneRequest(original))`.
 */
export async function reactWithOneRequest(importOriginal: () => Promise<unknown>) {
  const react = (await importOriginal()) as typeof React;
  return {
    ...react,
    cache: <Result>(make: () => Result) => {
      let made: { result: Result } | undefined;
      return () => (made ??= { result: make() }).result;
    },
  };
}
