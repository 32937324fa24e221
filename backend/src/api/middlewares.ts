import { defineMiddlewares } from "@medusajs/framework/http"
import { tadamonErrorHandler } from "./error-handler"
import { installInputGuard } from "./input-guard"
import { storePaymentCollectionRoutesMiddlewares } from "./store/payment-collections/middlewares"
import { adminSettlementRoutesMiddlewares } from "./admin/settlement/middlewares"
import { adminEditionRoutesMiddlewares } from "./admin/editions/middlewares"
import { storeEditionRoutesMiddlewares } from "./store/editions/middlewares"
import { adminReportRoutesMiddlewares } from "./admin/reports/middlewares"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeCooperativeRoutesMiddlewares } from "./store/cooperatives/middlewares"
import { storeCustomerRoutesMiddlewares } from "./store/customers/middlewares"
import { storeOrderGroupRoutesMiddlewares } from "./store/order-groups/middlewares"
import { rateLimitedRoutesMiddlewares } from "./rate-limits"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"
import { storeSearchRoutesMiddlewares } from "./store/search/middlewares"
import { storeFavouriteRoutesMiddlewares } from "./store/favourites/middlewares"
import { vendorAuthMiddlewares } from "./vendor/middlewares"
import { vendorApplicationRoutesMiddlewares } from "./vendor/applications/middlewares"
import { vendorCooperativeRoutesMiddlewares } from "./vendor/cooperative/middlewares"
import { vendorDocumentRoutesMiddlewares } from "./vendor/documents/middlewares"
import { vendorMemberRoutesMiddlewares } from "./vendor/members/middlewares"
import { vendorUploadRoutesMiddlewares } from "./vendor/uploads/middlewares"
import { vendorProductRoutesMiddlewares } from "./vendor/products/middlewares"
import { adminCooperativeRoutesMiddlewares } from "./admin/cooperatives/middlewares"
import { vendorEarningsRoutesMiddlewares } from "./vendor/earnings/middlewares"
import { vendorOrderRoutesMiddlewares } from "./vendor/orders/middlewares"
import { reviewRoutesMiddlewares } from "./review-middlewares"

// Unreadable paths, queries and bodies are refused before any middleware reads them (input-guard.ts).
installInputGuard()

export default defineMiddlewares({
  errorHandler: tadamonErrorHandler,
  routes: [
    // First: a limited request is refused before any other middleware of its route runs.
    ...rateLimitedRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storePaymentCollectionRoutesMiddlewares,
    ...storeCustomerRoutesMiddlewares,
    ...storeCooperativeRoutesMiddlewares,
    ...storeProductRoutesMiddlewares,
    ...storeSearchRoutesMiddlewares,
    ...storeFavouriteRoutesMiddlewares,
    ...storeOrderGroupRoutesMiddlewares,
    ...vendorAuthMiddlewares,
    ...vendorApplicationRoutesMiddlewares,
    ...vendorCooperativeRoutesMiddlewares,
    ...vendorDocumentRoutesMiddlewares,
    ...vendorMemberRoutesMiddlewares,
    ...vendorUploadRoutesMiddlewares,
    ...vendorProductRoutesMiddlewares,
    ...adminCooperativeRoutesMiddlewares,
    ...vendorOrderRoutesMiddlewares,
    ...vendorEarningsRoutesMiddlewares,
    ...adminSettlementRoutesMiddlewares,
    ...adminEditionRoutesMiddlewares,
    ...storeEditionRoutesMiddlewares,
    ...adminReportRoutesMiddlewares,
    ...reviewRoutesMiddlewares,
  ],
})
