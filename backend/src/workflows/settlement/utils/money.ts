/** Ledger amounts are MAD in major units with 2 decimals; computed in centimes to avoid float drift. */
export const toCents = (amount: number) => Math.round(amount * 100)
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
