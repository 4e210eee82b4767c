/** Building blocks the dictionaries share for phrases with parameters. Pure; no state. */

import { createElement, Fragment, type ReactNode } from 'react';

import { dayFormatter } from '../../public/anmodning-frist.js';
import { type Duration } from '../lib/dates';

/**
 * A phrase made of text and rendered parts (names, links), rendered as the same text nodes JSX would
 * give it: `phrase('Kontakt ', name)` renders exactly like `<>Kontakt {name}</>`.
 */
export const phrase = (...parts: ReactNode[]): ReactNode => createElement(Fragment, null, ...parts);

/** The items with separators between them: [a, ", ", b, last, c]; rendered items stay items. */
export const listWith =
  (last: string) =>
  <Item>(items: readonly Item[]): (Item | string)[] =>
    items.flatMap((item, index) => {
      if (index === 0) return [item];
      return [index === items.length - 1 ? last : ', ', item];
    });

/**
 * A heading-like label as it reads inside a sentence: "Følsomme personoplysninger" → "følsomme
 * personoplysninger". An abbreviation ("CPR-nummer", "EU-borgere") keeps its capitals.
 */
export const inSentence = (label: string): string =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;

/** "2026-11-23" as a long date in the locale's own words, e.g. "23. november 2026": the browser's format too. */
export const dateFormatter = dayFormatter;

/** A period as a number and a unit in the locale's own words: { amount: 30, unit: 'days' } → "30 dage". */
export function durationFormatter(locale: string): (duration: Duration) => string {
  // Intl names the units in the singular: "day", and words the plural itself.
  return ({ amount, unit }) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(
      amount,
    );
}
