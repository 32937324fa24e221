import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Payment sessions are started for an open cart only. Medusa's route takes any payment collection
 * id, and starting a session deletes the collection's others: without this, anyone who learnt the id
 * of a placed order's collection could void its payment. Another collection answers 404, as if it
 * did not exist.
 */
async function onlyOpenCartCollections(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const collectionId = req.path.split("/")[3] ?? ""
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart.id", "cart.completed_at"],
    filters: { payment_collection_id: collectionId },
  })
  const cart = (links[0] as { cart?: { id: string; completed_at?: unknown } | null } | undefined)?.cart
  if (!cart || cart.completed_at) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Payment collection with id: ${collectionId} was not found`))
  }
  next()
}

export const storePaymentCollectionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: /^\/store\/payment-collections\/[^/]+\/payment-sessions\/?$/i, middlewares: [onlyOpenCartCollections] },
]
