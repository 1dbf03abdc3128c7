/**
 * A word list mapping each word to a value, looked up with any word of a text: without a
 * prototype, so that "constructor" or "toString" are not taken for entries (a plain object
 * literal answers them with Object.prototype's functions).
 */
export function dictionary<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
