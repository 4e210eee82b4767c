import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message of the Nu Html Checker's JSON report (vnu --format json). */
export interface NuMessage {
  /** "error" for invalid HTML, "non-document-error" when a file could not be checked, "info" otherwise. */
  type: string;
  /** The checked file as a file: URL. */
  url?: string;
  /** Lines and columns of the offending markup; firstLine only when it differs from lastLine. */
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  /** The markup around the error. */
  extract?: string;
}

/**
 * The errors of a report, one line each: the file relative to `root`, line and column, the checker's
 * message, and the markup around it (pages are written on few lines, so the column alone says little).
 */
export function htmlErrors(messages: readonly NuMessage[], root: string): string[] {
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => {
      const file = message.url ? path.relative(root, fileURLToPath(message.url)) : root;
      const line = message.firstLine ?? message.lastLine;
      const place = line === undefined ? file : `${file}:${line}:${message.firstColumn ?? 1}`;
      const extract = message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `${place}: ${message.message}${extract}`;
    });
}
