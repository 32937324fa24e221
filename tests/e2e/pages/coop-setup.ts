import type { APIRequestContext } from "@playwright/test"
import { uniqueSuffix, type CoopAccount } from "./coop"

/**
 * A cooperative and its products made for the journeys' setup through the real routes (no
 * test-only backend code): a member identity applies, an organizer approves. The portal's pages are
 * in coop.ts.
 */

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

export async function json<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>, what: string): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`)
  }
  return (await response.json()) as T
}

export async function organizerToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${backendUrl}/auth/user/emailpass`, {
    data: { email: process.env.ORGANIZER_EMAIL ?? "", password: process.env.ORGANIZER_PASSWORD ?? "" },
  })
  return (await json<{ token: string }>(response, "organizer sign-in")).token
}

async function memberToken(request: APIRequestContext, account: CoopAccount): Promise<string> {
  const response = await request.post(`${backendUrl}/auth/member/emailpass`, { data: { email: account.email, password: account.password } })
  return (await json<{ token: string }>(response, "member sign-in")).token
}

export type ApprovedCooperative = CoopAccount & { cooperative: { id: string; handle: string; name: string }; token: string }

/**
 * A cooperative of the crafts sector (no sanitary authorisation needed) with its owner's account,
 * applied for through `POST /vendor/applications` and approved by the organizer.
 */
export async function createApprovedCooperative(request: APIRequestContext, label: string): Promise<ApprovedCooperative> {
  const id = uniqueSuffix()
  const account: CoopAccount = { email: `coop-${id}@tadamon.test`, password: `coop-${id}-password`, first_name: "Fatima", last_name: "Zahra" }
  const registered = await json<{ token: string }>(
    await request.post(`${backendUrl}/auth/member/emailpass/register`, { data: { email: account.email, password: account.password } }),
    "member registration"
  )
  const applied = await json<{ cooperative: { id: string; handle: string; name: string } }>(
    await request.post(`${backendUrl}/vendor/applications`, {
      headers: { authorization: `Bearer ${registered.token}` },
      data: {
        member: { first_name: account.first_name, last_name: account.last_name, phone: "0612345678" },
        cooperative: {
          name: `تعاونية ${label} ${id}`,
          name_fr: `Coopérative ${label} ${id}`,
          legal_registration_number: `JRN-${id}`,
          region: "03",
          province: "taounate",
          commune: "Tissa",
          sector: "crafts",
          founding_year: 2014,
          member_count: 14,
          women_member_count: 11,
          story: "تعاونية نسوية لنسج الزرابي التقليدية في تيسة.",
          contact_phone: "0612345678",
          locale: "fr",
        },
        documents: [],
      },
    }),
    "application"
  )
  const organizer = await organizerToken(request)
  await json(
    await request.post(`${backendUrl}/admin/cooperatives/${applied.cooperative.id}/approve`, {
      headers: { authorization: `Bearer ${organizer}` },
      data: {},
    }),
    "approval"
  )
  return { ...account, cooperative: applied.cooperative, token: await memberToken(request, account) }
}

/**
 * A product of the cooperative on sale: created through `POST /vendor/products` (it waits for
 * review) and published by the organizer. Returns its handle.
 */
export async function createPublishedProduct(
  request: APIRequestContext,
  cooperative: ApprovedCooperative,
  { title, price, stock }: { title: string; price: number; stock: number }
): Promise<{ id: string; handle: string }> {
  const created = await json<{ product: { id: string; handle: string } }>(
    await request.post(`${backendUrl}/vendor/products`, {
      headers: { authorization: `Bearer ${cooperative.token}` },
      data: {
        title,
        translations: { fr: { title, description: null } },
        option_title: "Taille",
        variants: [{ option_value: "Unique", price, stock }],
        status: "proposed",
      },
    }),
    "product creation"
  )
  const organizer = await organizerToken(request)
  await json(
    await request.post(`${backendUrl}/admin/products/${created.product.id}/review`, {
      headers: { authorization: `Bearer ${organizer}` },
      data: { decision: "publish" },
    }),
    "product review"
  )
  return created.product
}
