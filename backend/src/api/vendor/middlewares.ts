import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { resolveVendor } from "./context"

/**
 * The cooperative portal's API (`/vendor/*`). Every route is for a signed-in member (the `member`
 * actor type), whose cooperative is resolved once here, except the two that create a member:
 * applying as a new cooperative and accepting an invitation, which take the bearer token of an auth
 * identity that has no member yet.
 *
 * Routes add their own validators in their own middlewares files, aggregated in api/middlewares.ts.
 */
export const VENDOR_UNREGISTERED_ROUTES = new Set(["/vendor/applications", "/vendor/invitations/accept"])

/**
 * Uploads take a member's session or token, or the token of someone registering (an applicant
 * attaching documents); `uploads/middlewares.ts` resolves the member's cooperative when there is one.
 */
export const VENDOR_UPLOAD_ROUTE = "/vendor/uploads"

const signedInMember = authenticate("member", ["session", "bearer"])
const registeringMember = authenticate("member", ["bearer"], { allowUnregistered: true })
const memberOrRegistering = authenticate("member", ["session", "bearer"], { allowUnregistered: true })

function vendorAuth(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Medusa routes paths whatever their letter case (`/VENDOR/Applications` reaches the same route),
  // so they are compared in lower case, without a trailing slash.
  const path = req.originalUrl.split("?")[0].replace(/\/$/, "").toLowerCase()
  if (req.method === "POST" && VENDOR_UNREGISTERED_ROUTES.has(path)) {
    return registeringMember(req, res, next)
  }
  if (req.method === "POST" && path === VENDOR_UPLOAD_ROUTE) {
    return memberOrRegistering(req, res, next)
  }
  // A failure to resolve the cooperative (the database away) goes to the error handler, not unanswered.
  return signedInMember(req, res, (error?: unknown) =>
    error ? next(error) : void resolveVendor(req as AuthenticatedMedusaRequest, res, next).catch(next)
  )
}

export const vendorAuthMiddlewares: MiddlewareRoute[] = [{ matcher: "/vendor*", middlewares: [vendorAuth] }]
