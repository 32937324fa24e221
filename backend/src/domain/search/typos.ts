/**
 * Typo tolerance: a word typed with a letter missing, added, wrong or two letters swapped still
 * finds the word it meant. Short words get no tolerance (too many neighbours), longer ones more.
 */

/** How many typos a query word of this length may carry. */
export function allowedTypos(word: string): number {
  const length = [...word].length
  return length >= 8 ? 2 : length >= 4 ? 1 : 0
}

/**
 * Edit distance where a swap of two neighbouring letters counts as one edit (optimal string
 * alignment), stopping early once `max` is passed (answers max + 1 then).
 */
export function typoDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > max) {
    return max + 1
  }
  let previousPrevious: number[] = []
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1)
      }
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum > max) {
      return max + 1
    }
    previousPrevious = previous
    previous = current
  }
  return previous[t.length]
}

/** Whether a word of the index is what the query word meant, typos allowed. */
export function isNearMatch(queryWord: string, indexWord: string): boolean {
  const allowed = allowedTypos(queryWord)
  return allowed > 0 && typoDistance(queryWord, indexWord, allowed) <= allowed
}
