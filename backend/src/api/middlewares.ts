import { defineMiddlewares } from "@medusajs/framework/http"
import { storeCooperativeRoutesMiddlewares } from "./store/cooperatives/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [...storeCooperativeRoutesMiddlewares, ...storeProductRoutesMiddlewares],
})
