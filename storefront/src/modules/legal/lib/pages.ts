/**
 * The pages Moroccan law asks a shop for, and the contact page: their paths without the locale.
 * The footer links them and the sitemap lists them (lib/data/sitemap.ts), in this order.
 */
export const LEGAL_PATHS = {
  terms: "/legal/terms",
  privacy: "/legal/privacy",
  notice: "/legal/notice",
  contact: "/contact",
} as const

export type LegalPageKey = keyof typeof LEGAL_PATHS

export const LEGAL_PAGE_KEYS = ["terms", "privacy", "notice", "contact"] as const satisfies readonly LegalPageKey[]

/** Days within which a refund is made once a withdrawal is accepted or an order cancelled. */
export const REFUND_DAYS = 15

/** Years orders and their invoices are kept, for the accounts. */
export const ORDER_RETENTION_YEARS = 10
