import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { requireOwner } from "../context"
import { VendorAcceptInvitation } from "../invitations/accept/validators"
import { VendorCreateInvitation } from "./validators"

/** Any member reads the member list; only the owner invites and removes. */
export const vendorMemberRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/vendor/members/:id", middlewares: [requireOwner] },
  { method: ["GET"], matcher: "/vendor/members/invitations", middlewares: [requireOwner] },
  { method: ["POST"], matcher: "/vendor/members/invitations", middlewares: [requireOwner, validateBody(VendorCreateInvitation)] },
  { method: ["DELETE"], matcher: "/vendor/members/invitations/:id", middlewares: [requireOwner] },
  { method: ["POST"], matcher: "/vendor/invitations/accept", middlewares: [validateBody(VendorAcceptInvitation)] },
]
