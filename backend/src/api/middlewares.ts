import { defineMiddlewares } from "@medusajs/framework/http"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeCooperativeRoutesMiddlewares } from "./store/cooperatives/middlewares"
import { storeCustomerRoutesMiddlewares } from "./store/customers/middlewares"
import { storeOrderGroupRoutesMiddlewares } from "./store/order-groups/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"
import { vendorAuthMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeCartRoutesMiddlewares,
    ...storeCustomerRoutesMiddlewares,
    ...storeCooperativeRoutesMiddlewares,
    ...storeProductRoutesMiddlewares,
    ...storeOrderGroupRoutesMiddlewares,
    ...vendorAuthMiddlewares,
  ],
})
