import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { editionStatus, type Locale } from "@tadamon/shared"
import { digestLocale, digestSince, isDigestDue } from "../../../domain/favourites/digest"
import type { FavouritesDigestInput } from "../../../emails/favourites-digest"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"
import { queryRows } from "../../../utils/query-rows"

/** One digest to send: to whom, in which language, and the news of each followed cooperative. */
export type FavouritesDigest = { customer_id: string; email: string } & Omit<FavouritesDigestInput, "unsubscribeToken">

type CooperativeRow = {
  id: string
  handle: string
  name: string
  status: string
  products?: Array<{ title: string; handle: string; status: string; created_at: string | Date } | null> | null
}
type EditionRow = {
  handle: string
  name: string
  venue: string
  starts_on: string
  ends_on: string
  participants?: Array<{ cooperative_id: string; stand_number: string; created_at: string | Date } | null> | null
}

/**
 * The digests due at `now`: every customer following at least one cooperative, not unsubscribed,
 * without a digest in the last week, for whom a followed (approved) cooperative published a
 * product, or joined an upcoming market edition, since their last digest (a week at most).
 * Customers with no news get nothing (and keep their turn). Read-only: nothing to compensate.
 */
export const collectFavouritesDigestsStep = createStep("collect-favourites-digests", async (input: { now: Date }, { container }) => {
  const now = new Date(input.now)
  const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const follows = await service.listFavourites({ kind: "cooperative" }, { select: ["customer_id", "target_id"], take: null })
  const followed = new Map<string, string[]>()
  for (const row of follows) {
    followed.set(row.customer_id, [...(followed.get(row.customer_id) ?? []), row.target_id])
  }
  if (!followed.size) {
    return new StepResponse([] as FavouritesDigest[])
  }
  const records = await service.listFavouriteDigests({ customer_id: [...followed.keys()] }, { take: null })
  const recordOf = new Map(records.map((record) => [record.customer_id, record]))
  const due = [...followed.keys()].filter((customerId) => {
    const record = recordOf.get(customerId)
    return !record?.unsubscribed_at && isDigestDue(record?.last_sent_at ? new Date(record.last_sent_at) : null, now)
  })
  if (!due.length) {
    return new StepResponse([] as FavouritesDigest[])
  }

  const [{ rows: customers }, { rows: groups }] = await Promise.all([
    queryRows<{ id: string; email: string | null; metadata?: Record<string, unknown> | null }>(query, {
      entity: "customer",
      fields: ["id", "email", "metadata"],
      filters: { id: due },
    }),
    queryRows<{ customer_id: string | null; locale: string | null; created_at: string | Date }>(query, {
      entity: "order_group",
      fields: ["customer_id", "locale", "created_at"],
      filters: { customer_id: due },
    }),
  ])
  const lastOrderLocale = new Map<string, { locale: string | null; at: number }>()
  for (const group of groups) {
    const at = new Date(group.created_at).getTime()
    if (group.customer_id && at >= (lastOrderLocale.get(group.customer_id)?.at ?? -Infinity)) {
      lastOrderLocale.set(group.customer_id, { locale: group.locale, at })
    }
  }
  const localeOf = new Map<string, Locale>(
    customers.map((customer) => [customer.id, digestLocale(customer.metadata?.locale, lastOrderLocale.get(customer.id)?.locale)])
  )

  // The cooperatives and editions, read once per language the digests are written in.
  const cooperativeIds = [...new Set(due.flatMap((customerId) => followed.get(customerId) ?? []))]
  const byLocale = new Map<Locale, { cooperatives: Map<string, CooperativeRow>; editions: EditionRow[] }>()
  for (const locale of new Set(localeOf.values())) {
    const [{ rows: cooperatives }, { rows: editions }] = await Promise.all([
      queryRows<CooperativeRow>(
        query,
        {
          entity: "cooperative",
          fields: ["id", "handle", "name", "status", "products.title", "products.handle", "products.status", "products.created_at"],
          filters: { id: cooperativeIds },
        },
        { locale }
      ),
      queryRows<EditionRow>(
        query,
        {
          entity: "edition",
          fields: ["handle", "name", "venue", "starts_on", "ends_on", "participants.cooperative_id", "participants.stand_number", "participants.created_at"],
        },
        { locale }
      ),
    ])
    byLocale.set(locale, {
      cooperatives: new Map(cooperatives.map((cooperative) => [cooperative.id, cooperative])),
      editions: editions.filter((edition) => editionStatus(edition, now) === "upcoming"),
    })
  }

  const digests: FavouritesDigest[] = []
  for (const customer of customers) {
    const locale = localeOf.get(customer.id) ?? "ar"
    const data = byLocale.get(locale)
    if (!customer.email || !data) {
      continue
    }
    const record = recordOf.get(customer.id)
    const since = digestSince(record?.last_sent_at ? new Date(record.last_sent_at) : null, now).getTime()
    const isNew = (at: string | Date) => new Date(at).getTime() >= since
    const news = (followed.get(customer.id) ?? []).flatMap((cooperativeId) => {
      const cooperative = data.cooperatives.get(cooperativeId)
      if (!cooperative || cooperative.status !== "approved") {
        return []
      }
      const products = (cooperative.products ?? [])
        .filter((product): product is NonNullable<typeof product> => !!product && product.status === "published" && isNew(product.created_at))
        .map((product) => ({ title: product.title, handle: product.handle }))
      const editions = data.editions.flatMap((edition) =>
        (edition.participants ?? [])
          .filter((participant) => participant?.cooperative_id === cooperativeId && isNew(participant.created_at))
          .map((participant) => ({
            name: edition.name,
            handle: edition.handle,
            venue: edition.venue,
            starts_on: edition.starts_on,
            ends_on: edition.ends_on,
            stand_number: participant?.stand_number ?? "",
          }))
      )
      return products.length || editions.length ? [{ name: cooperative.name, handle: cooperative.handle, products, editions }] : []
    })
    if (news.length) {
      digests.push({ customer_id: customer.id, email: customer.email, locale, cooperatives: news })
    }
  }
  return new StepResponse(digests)
})
