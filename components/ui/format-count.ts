/**
 * A count with its noun in the right number, grouped the house way.
 *
 * @example
 * formatCount(1, "document") // "1 document"
 * formatCount(2200, "arrest") // "2,200 arrests"
 */
export function formatCount(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}
