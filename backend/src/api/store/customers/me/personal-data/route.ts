import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { StoreCustomerDataExport } from "@tadamon/shared"
import { MARKETING_CONSENT_KEY, type MarketingConsent } from "../../../../../domain/privacy/consent"
import { FAVOURITE_MODULE } from "../../../../../modules/favourite"
import type FavouriteModuleService from "../../../../../modules/favourite/service"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { listStoreOrderGroups } from "../../../../utils/order-groups"
import { requestLocale } from "../../../../utils/request-locale"

/**
 * Everything Tadamon holds about the signed-in customer (law 09-08, right of access), as a JSON
 * download: the account, the address book, the orders placed while signed in, the favourites and the reviews written (guest orders
 * under the same email are not included: an email is not proof of who placed them).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCustomerDataExport>) => {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER).retrieveCustomer(customerId, { relations: ["addresses"] })
  const { groups } = await listStoreOrderGroups(req.scope, { customer_id: customerId }, { skip: 0, take: 10_000 }, requestLocale(req))
  const favourites = await req.scope
    .resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    .listFavourites({ customer_id: customerId }, { order: { created_at: "DESC" } })
  const reviews = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews(
    { customer_id: customerId },
    { select: ["product_id", "rating", "text", "language", "status", "created_at", "answer_text"], order: { created_at: "DESC" } }
  )
  const exportedAt = new Date()
  res.setHeader("Content-Disposition", `attachment; filename="tadamon-${exportedAt.toISOString().slice(0, 10)}.json"`)
  res.setHeader("Cache-Control", "no-store")
  res.json({
    exported_at: exportedAt.toISOString(),
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      phone: customer.phone ?? null,
      created_at: new Date(customer.created_at).toISOString(),
      marketing_consent: marketingConsentOf(customer.metadata),
    },
    addresses: (customer.addresses ?? []).map((address) => ({
      first_name: address.first_name ?? null,
      last_name: address.last_name ?? null,
      phone: address.phone ?? null,
      address_1: address.address_1 ?? null,
      address_2: address.address_2 ?? null,
      city: address.city ?? null,
      province: address.province ?? null,
      postal_code: address.postal_code ?? null,
      country_code: address.country_code ?? null,
    })),
    order_groups: groups,
    favourites: favourites.map((favourite) => ({
      kind: favourite.kind,
      id: favourite.target_id,
      saved_at: new Date(favourite.created_at).toISOString(),
    })),
    reviews: reviews.map((review) => ({
      product_id: review.product_id,
      rating: review.rating,
      text: review.text ?? null,
      language: review.language,
      status: review.status,
      created_at: new Date(review.created_at).toISOString(),
      answer_text: review.answer_text ?? null,
    })),
  })
}

function marketingConsentOf(metadata: Record<string, unknown> | null | undefined): MarketingConsent | null {
  const consent = metadata?.[MARKETING_CONSENT_KEY] as Partial<MarketingConsent> | undefined
  return consent && typeof consent.granted === "boolean" && typeof consent.at === "string" ? { granted: consent.granted, at: consent.at } : null
}
