/**
 * Results of the content check's pure steps (a file's YAML parsed and validated, a text's Markdown
 * rendered and checked, a translation's facts compared, a published text read from git), kept by
 * everything each was computed from: a file's text, never its time, and a commit's id, never a branch
 * name. A check given a cache that has seen most of the files before repeats only the work for what
 * changed (the web editor checks a draft on each pause in typing); its result is the same as without
 * one (tests/unit/lib/content/check-cache.test.ts). The values are shared between checks: never change them.
 */

const objectIds = new WeakMap<object, string>();
let objectCount = 0;

/** Where the content check's steps keep their results, or not (`noCache`). */
export interface StepResults {
  beginCheck(): void;
  get<Value>(kind: string, key: string, compute: () => Value): Value;
  derive<Value>(from: object, kind: string, compute: () => Value): Value;
}

/** Every step computed anew: the check of npm run check:content and the build, which check once. */
export const noCache: StepResults = {
  beginCheck: () => {},
  get: (_kind, _key, compute) => compute(),
  derive: (_from, _kind, compute) => compute(),
};

export class CheckCache implements StepResults {
  private readonly values = new Map<string, { value: unknown; check: number }>();
  private readonly derived = new WeakMap<object, Map<string, unknown>>();
  private check = 0;

  /**
   * Begins a check: what neither this check nor the one before uses is let go, so the cache holds about
   * two versions of the content however many drafts were checked before (and the save's check of the
   * content before and after an edit finds both).
   */
  beginCheck() {
    this.check++;
    for (const [id, entry] of this.values) if (entry.check < this.check - 1) this.values.delete(id);
  }

  /** The value `compute` gives for `key`, computed once while it is kept; `kind` keeps each step's keys apart. */
  get<Value>(kind: string, key: string, compute: () => Value): Value {
    const id = `${kind}\0${key}`;
    const entry = this.values.get(id) ?? { value: compute(), check: this.check };
    entry.check = this.check;
    this.values.set(id, entry);
    return entry.value as Value;
  }

  /**
   * The value `compute` gives for a result `from` this cache and `kind`: kept as long as `from` is, so
   * what is derived from a file's parsed text goes with it.
   */
  derive<Value>(from: object, kind: string, compute: () => Value): Value {
    let values = this.derived.get(from);
    if (!values) this.derived.set(from, (values = new Map<string, unknown>()));
    if (!values.has(kind)) values.set(kind, compute());
    return values.get(kind) as Value;
  }
}

/** A key part for an object that is its own identity, such as a schema. */
export function idOf(object: object): string {
  if (!objectIds.has(object)) objectIds.set(object, String(objectCount++));
  return objectIds.get(object)!;
}
