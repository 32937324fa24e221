import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ADDRESS_FIELDS,
  normalizeEmail,
  normalizeMoroccanAddress,
  validateEmail,
  validateMoroccanAddress,
  type FieldError,
  type MoroccanAddress,
} from "@tadamon/shared"
import { sendFieldErrors } from "./validation"
import { requestLocale } from "./request-locale"

type Body = Record<string, unknown>

function isRecord(value: unknown): value is Body {
  return !!value && typeof value === "object" && !Array.isArray(value)
}

/**
 * `POST /store/carts` and `POST /store/carts/:id`: a shipping address (mobile phone required), a
 * billing address and the email, when the body carries them, are checked before Medusa sees the
 * body and stored normalized (+212 phone, province code, country "ma"). The province may come as
 * people type it ("Fès", "فاس", "Province de Taza") or empty when the city names one province
 * ("Ghafsai"), as standard Medusa clients send it; the code is what Medusa stores. An address given
 * by id (a string, on cart creation) is left to Medusa.
 */
export function validateCartContact(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isRecord(req.body)) {
    return next()
  }
  const body: Body = req.body
  const locale = requestLocale(req)
  const errors: FieldError[] = []
  for (const [prefix, requirePhone] of [
    ["shipping_address", true],
    ["billing_address", false],
  ] as const) {
    const address = body[prefix]
    if (address !== undefined && address !== null && typeof address !== "string") {
      errors.push(...validateMoroccanAddress(address, { requirePhone, locale, prefix }))
    }
  }
  const emailError = validateEmail(body.email, { locale })
  if (emailError) {
    errors.push(emailError)
  }
  if (errors.length) {
    return sendFieldErrors(res, errors)
  }

  for (const prefix of ["shipping_address", "billing_address"]) {
    const address = body[prefix]
    if (isRecord(address)) {
      body[prefix] = normalizeMoroccanAddress(address)
    }
  }
  if (typeof body.email === "string") {
    body.email = normalizeEmail(body.email)
  }
  next()
}

/**
 * `POST /store/customers/me/addresses`: the new address is checked whole (a mobile phone is
 * required: the address book feeds shipping addresses) and stored normalized.
 */
export function validateNewCustomerAddress(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isRecord(req.body)) {
    return next()
  }
  const errors = validateMoroccanAddress(req.body, { requirePhone: true, locale: requestLocale(req) })
  if (errors.length) {
    return sendFieldErrors(res, errors)
  }
  req.body = normalizeMoroccanAddress(req.body)
  next()
}

/**
 * `POST /store/customers/me/addresses/:address_id`: a partial update is checked merged with the
 * stored address (of the signed-in customer only; another id is left to Medusa's 404), so
 * `{ is_default_shipping: true }` alone passes and `{ phone: "123" }` does not. Only the fields
 * sent are rewritten, normalized.
 */
export async function validateCustomerAddressUpdate(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const patch = req.body
  const addressId = req.params[0]
  const customerId = req.auth_context.actor_id
  const touched = isRecord(patch) && (ADDRESS_FIELDS.some((field) => field in patch) || "metadata" in patch)
  if (!isRecord(patch) || !touched || !addressId || !customerId) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [stored],
  } = await query.graph({
    entity: "customer_address",
    fields: ["id", ...ADDRESS_FIELDS, "metadata"],
    filters: { id: addressId, customer_id: customerId },
  })
  if (!stored) {
    return next()
  }
  const merged: Body = { ...stored, ...patch }
  const errors = validateMoroccanAddress(merged, { requirePhone: true, locale: requestLocale(req) })
  if (errors.length) {
    return sendFieldErrors(res, errors)
  }
  const normalized: MoroccanAddress & Body = normalizeMoroccanAddress(merged)
  const rewritten: Body = { ...patch, country_code: normalized.country_code }
  for (const field of [...ADDRESS_FIELDS, "metadata"] as const) {
    if (field in patch) {
      rewritten[field] = normalized[field]
    }
  }
  // A province inferred from a new city (the stored one empty) is written too.
  if (normalized.province !== stored.province) {
    rewritten.province = normalized.province
  }
  req.body = rewritten
  next()
}
