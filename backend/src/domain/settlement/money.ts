/**
 * Ledger amounts are MAD in major units with 2 decimals; computed in centimes to avoid float drift.
 * Half a centime rounds away from zero, whatever the amount's binary form: 4.725 × 100 is
 * 472.49999… in floating point, so the product is read back at 12 significant digits first (`+ 0` turns −0 into 0).
 */
export const toCents = (amount: number) => Math.sign(amount) * Math.round(Number((Math.abs(amount) * 100).toPrecision(12))) + 0
export const fromCents = (cents: number) => cents / 100
export const round2 = (amount: number) => fromCents(toCents(amount))

/** The commission on an amount at `rate` percent, rounded to the centime (half away from zero). */
export function commissionOn(amount: number, rate: number): number {
  const cents = (toCents(amount) * rate) / 100
  return fromCents(Math.sign(cents) * Math.round(Math.abs(cents)))
}

export function sumAmounts(amounts: number[]): number {
  return fromCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0))
}
