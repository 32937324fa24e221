import type { Params } from "../form"
import { emptyAddress, list, now, type Address, type Customer } from "../objects"
import { mergeMetadata, nullableString, optionalInteger, optionalObject, optionalString } from "../params"
import { attachPaymentMethod, resolvePaymentMethod } from "../payment-methods"
import type { ApiRequest, Route } from "../router"
import { newId } from "../state"

/** `/v1/customers`: what the Medusa provider uses for account holders, plus their saved cards. */

function address(params: Params): Address | null | undefined {
  if (params.address === "") {
    return null
  }
  const value = optionalObject(params, "address")
  if (!value) {
    return undefined
  }
  const read = (key: keyof Address) => optionalString(value, key) ?? null
  return { ...emptyAddress(), city: read("city"), country: read("country"), line1: read("line1"), line2: read("line2"), postal_code: read("postal_code"), state: read("state") }
}

function applyFields(customer: Customer, params: Params): void {
  const fields = ["email", "name", "phone", "description"] as const
  for (const field of fields) {
    const value = nullableString(params, field)
    if (value !== undefined) {
      customer[field] = value
    }
  }
  const nextAddress = address(params)
  if (nextAddress !== undefined) {
    customer.address = nextAddress
  }
  if (params.shipping !== undefined) {
    customer.shipping = params.shipping === "" ? null : params.shipping
  }
  customer.metadata = mergeMetadata(customer.metadata, params)
  const invoiceSettings = optionalObject(params, "invoice_settings")
  if (invoiceSettings) {
    const defaultMethod = nullableString(invoiceSettings, "default_payment_method")
    if (defaultMethod !== undefined) {
      customer.invoice_settings.default_payment_method = defaultMethod
    }
  }
}

function create({ params, ctx }: ApiRequest): Customer {
  const customer: Customer = {
    id: newId("cus"),
    object: "customer",
    address: null,
    balance: 0,
    created: now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: null,
    invoice_settings: { default_payment_method: null, custom_fields: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: null,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  }
  applyFields(customer, params)
  ctx.store.customers.set(customer.id, customer)
  const paymentMethod = optionalString(params, "payment_method")
  if (paymentMethod) {
    attachPaymentMethod(ctx, resolvePaymentMethod(ctx, paymentMethod), customer.id)
  }
  ctx.webhooks.emit("customer.created", customer, ctx.request)
  return customer
}

function update({ params, path, ctx }: ApiRequest): Customer {
  const customer = ctx.store.customer(path.id)
  applyFields(customer, params)
  ctx.webhooks.emit("customer.updated", customer, ctx.request)
  return customer
}

function remove({ path, ctx }: ApiRequest): { id: string; object: "customer"; deleted: true } {
  const customer = ctx.store.customer(path.id)
  ctx.store.customers.delete(customer.id)
  for (const method of ctx.store.paymentMethods.values()) {
    if (method.customer === customer.id) {
      method.customer = null
    }
  }
  ctx.webhooks.emit("customer.deleted", customer, ctx.request)
  return { id: customer.id, object: "customer", deleted: true }
}

function listCustomers({ params, ctx }: ApiRequest) {
  const email = optionalString(params, "email")
  const limit = optionalInteger(params, "limit") ?? 10
  const customers = [...ctx.store.customers.values()].filter((customer) => !email || customer.email === email).reverse()
  return { ...list(customers.slice(0, limit), "/v1/customers"), has_more: customers.length > limit }
}

function listPaymentMethods({ params, path, ctx }: ApiRequest) {
  ctx.store.customer(path.id)
  const limit = optionalInteger(params, "limit") ?? 10
  const type = optionalString(params, "type")
  const methods = [...ctx.store.paymentMethods.values()]
    .filter((method) => method.customer === path.id && (!type || method.type === type))
    .reverse()
  return { ...list(methods.slice(0, limit), `/v1/customers/${path.id}/payment_methods`), has_more: methods.length > limit }
}

export const customerRoutes: Route[] = [
  { method: "POST", pattern: "/v1/customers", handler: create },
  { method: "GET", pattern: "/v1/customers", handler: listCustomers },
  { method: "GET", pattern: "/v1/customers/:id", handler: ({ path, ctx }) => ctx.store.customer(path.id) },
  { method: "POST", pattern: "/v1/customers/:id", handler: update },
  { method: "DELETE", pattern: "/v1/customers/:id", handler: remove },
  { method: "GET", pattern: "/v1/customers/:id/payment_methods", handler: listPaymentMethods },
]
