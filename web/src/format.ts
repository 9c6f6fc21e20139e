// Counts written the way Number.prototype.toLocaleString("en") writes them ("12,345"), without it: the
// first toLocaleString call of a page sets up ICU's number formatting, ~35 ms of the main thread,
// which the first result's timeline (its "N events" label) paid right before it showed.
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en");
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${grouped}` : grouped;
}
