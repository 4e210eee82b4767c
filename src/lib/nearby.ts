/**
 * At most `size` items around the one at `index`, in their order: all of them when there are no more.
 * A page that lists its neighbours this way stays the same size however long the list grows (the side
 * navigation of an authority with hundreds of notices would otherwise make the publication grow with
 * the square of the notices).
 */
export function nearby<T>(items: readonly T[], index: number, size: number): readonly T[] {
  if (items.length <= size) return items;
  const start = Math.min(Math.max(0, index - Math.floor(size / 2)), items.length - size);
  return items.slice(start, start + size);
}
