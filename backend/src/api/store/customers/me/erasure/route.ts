import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService, ICustomerModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { StoreEraseCustomerResponse } from "@tadamon/shared"
import { LocalizedFieldError } from "../../../../../utils/localized-field-error"
import { eraseCustomerWorkflow } from "../../../../../workflows/privacy/erase-customer"
import type { StoreEraseCustomerType } from "./validators"

/**
 * The signed-in customer erases their account, confirming with their password (a wrong one counts
 * under the sign-in rate limits). Orders are kept, anonymized; anything still on its way is
 * refused with 409. Answers how many orders were kept.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreEraseCustomerType>, res: MedusaResponse<StoreEraseCustomerResponse>) => {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER).retrieveCustomer(customerId)
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const { success, authIdentity } = await auth.authenticate("emailpass", {
    body: { email: customer.email, password: req.validatedBody.password },
  })
  if (!success || authIdentity?.app_metadata?.customer_id !== customerId) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [{ field: "password", code: "wrong_password" }])
  }
  const { result } = await eraseCustomerWorkflow(req.scope).run({ input: { customer_id: customerId, email: customer.email } })
  res.json({ erased: true, anonymized_orders: result.orders })
}
