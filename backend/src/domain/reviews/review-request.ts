/** Days after delivery before the review request email goes, unless the deployment says otherwise. */
export const DEFAULT_REVIEW_REQUEST_DAYS = 3

/** The module option (TADAMON_REVIEW_REQUEST_DAYS): a whole number of days from 0 to 60, else the default. */
export function reviewRequestDays(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 60 ? value : DEFAULT_REVIEW_REQUEST_DAYS
}

/** Whether an order delivered at `deliveredAt` is due its review request at `now`. */
export function reviewRequestDue(deliveredAt: string | Date | null | undefined, now: Date, days: number): boolean {
  if (!deliveredAt) {
    return false
  }
  const delivered = new Date(deliveredAt).getTime()
  return Number.isFinite(delivered) && now.getTime() - delivered >= days * 24 * 60 * 60 * 1000
}
