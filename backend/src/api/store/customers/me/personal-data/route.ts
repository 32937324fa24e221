import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { StoreCustomerDataExport } from "@tadamon/shared"
import { listStoreOrderGroups } from "../../../../utils/order-groups"
import { requestLocale } from "../../../../utils/request-locale"

/**
 * Everything Tadamon holds about the signed-in customer (law 09-08, right of access), as a JSON
 * download: the account, the address book, and the orders placed while signed in (guest orders
 * under the same email are not included: an email is not proof of who placed them).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCustomerDataExport>) => {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER).retrieveCustomer(customerId, { relations: ["addresses"] })
  const { groups } = await listStoreOrderGroups(req.scope, { customer_id: customerId }, { skip: 0, take: 10_000 }, requestLocale(req))
  const exportedAt = new Date()
  res.setHeader("Content-Disposition", `attachment; filename="tadamon-${exportedAt.toISOString().slice(0, 10)}.json"`)
  res.setHeader("Cache-Control", "no-store")
  res.json({
    exported_at: exportedAt.toISOString(),
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      phone: customer.phone ?? null,
      created_at: new Date(customer.created_at).toISOString(),
    },
    addresses: (customer.addresses ?? []).map((address) => ({
      first_name: address.first_name ?? null,
      last_name: address.last_name ?? null,
      phone: address.phone ?? null,
      address_1: address.address_1 ?? null,
      address_2: address.address_2 ?? null,
      city: address.city ?? null,
      province: address.province ?? null,
      postal_code: address.postal_code ?? null,
      country_code: address.country_code ?? null,
    })),
    order_groups: groups,
  })
}
