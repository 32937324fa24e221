import "server-only"
import type {
  VendorDocumentListResponse,
  VendorInvitationListResponse,
  VendorMemberListResponse,
  VendorProduct,
  VendorProductListResponse,
  VendorProductResponse,
  VendorProductStatus,
} from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { nullWhenMissing, vendorGet } from "./vendor-fetch"

/** The cooperative's products, newest first, optionally of one status. */
export async function listVendorProducts(
  locale: Locale,
  { status, q, limit, offset }: { status?: VendorProductStatus | VendorProductStatus[]; q?: string; limit: number; offset: number }
): Promise<VendorProductListResponse> {
  return vendorGet<VendorProductListResponse>("/vendor/products", { locale, query: { status, q: q || undefined, limit, offset } })
}

/** One of the cooperative's products, with its translations, images and labels; null when not theirs. */
export async function getVendorProduct(id: string, locale: Locale): Promise<VendorProduct | null> {
  const response = await nullWhenMissing(vendorGet<VendorProductResponse>(`/vendor/products/${encodeURIComponent(id)}`, { locale }))
  return response?.product ?? null
}

/** The cooperative's documents (sanitary authorisation, labels…), whatever their status. */
export async function listVendorDocuments(locale: Locale): Promise<VendorDocumentListResponse["documents"]> {
  return (await vendorGet<VendorDocumentListResponse>("/vendor/documents", { locale })).documents
}

export async function listVendorMembers(locale: Locale): Promise<VendorMemberListResponse["members"]> {
  return (await vendorGet<VendorMemberListResponse>("/vendor/members", { locale })).members
}

/** Pending and past invitations, newest first (owner only). */
export async function listVendorInvitations(locale: Locale): Promise<VendorInvitationListResponse["invitations"]> {
  return (await vendorGet<VendorInvitationListResponse>("/vendor/members/invitations", { locale })).invitations
}
