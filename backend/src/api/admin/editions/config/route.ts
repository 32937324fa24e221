import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminEditionConfigResponse } from "@tadamon/shared"
import { storefrontUrl } from "../../../../workflows/notification/storefront-url"

/** Where the storefront is (medusa-config's `admin.storefrontUrl`), for the stand sheets' links. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEditionConfigResponse>) => {
  res.json({ storefront_url: storefrontUrl(req.scope) })
}
