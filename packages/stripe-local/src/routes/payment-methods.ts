import { missingParam } from "../errors"
import { list } from "../objects"
import { mergeMetadata, optionalInteger, optionalString } from "../params"
import { attachPaymentMethod, createPaymentMethod, detachPaymentMethod, resolvePaymentMethod } from "../payment-methods"
import type { ApiRequest, Route } from "../router"

/** `/v1/payment_methods`: cards from test numbers or tokens, attach/detach, list by customer. */

function attach({ params, path, ctx }: ApiRequest) {
  const customer = optionalString(params, "customer")
  if (!customer) {
    throw missingParam("customer")
  }
  return attachPaymentMethod(ctx, resolvePaymentMethod(ctx, path.id, "payment_method"), customer)
}

function update({ params, path, ctx }: ApiRequest) {
  const method = ctx.store.paymentMethod(path.id)
  method.metadata = mergeMetadata(method.metadata, params)
  return method
}

function listMethods({ params, ctx }: ApiRequest) {
  const customer = optionalString(params, "customer")
  const limit = optionalInteger(params, "limit") ?? 10
  const methods = [...ctx.store.paymentMethods.values()].filter((method) => !customer || method.customer === customer).reverse()
  return { ...list(methods.slice(0, limit), "/v1/payment_methods"), has_more: methods.length > limit }
}

export const paymentMethodRoutes: Route[] = [
  // Stripe.js creates payment methods with the publishable key.
  { method: "POST", pattern: "/v1/payment_methods", handler: ({ params, ctx }) => createPaymentMethod(ctx, params), publishable: true },
  { method: "GET", pattern: "/v1/payment_methods", handler: listMethods },
  { method: "GET", pattern: "/v1/payment_methods/:id", handler: ({ path, ctx }) => resolvePaymentMethod(ctx, path.id, "payment_method") },
  { method: "POST", pattern: "/v1/payment_methods/:id", handler: update },
  { method: "POST", pattern: "/v1/payment_methods/:id/attach", handler: attach },
  { method: "POST", pattern: "/v1/payment_methods/:id/detach", handler: ({ path, ctx }) => detachPaymentMethod(ctx, ctx.store.paymentMethod(path.id)) },
]
