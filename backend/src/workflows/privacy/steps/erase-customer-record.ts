import type { CustomerAddressDTO, ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { erasedEmail } from "../../../domain/privacy/erasure"

type Previous = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  company_name: string | null
  metadata: Record<string, unknown> | null
  addresses: CustomerAddressDTO[]
}

/**
 * The customer record: its address book is deleted, its name, phone and email replaced, and the
 * record itself deleted (Medusa keeps deleted rows; nothing personal is left in this one).
 * Compensation restores the record and recreates the address book.
 */
export const eraseCustomerRecordStep = createStep(
  "erase-customer-record",
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, { relations: ["addresses"] })
    const previous: Previous = {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      phone: customer.phone ?? null,
      company_name: customer.company_name ?? null,
      metadata: customer.metadata ?? null,
      addresses: customer.addresses ?? [],
    }
    if (previous.addresses.length) {
      await customers.deleteCustomerAddresses(previous.addresses.map((address) => address.id))
    }
    // Medusa merges metadata: every key is emptied, which deletes it.
    const emptied = Object.fromEntries(Object.keys(previous.metadata ?? {}).map((key) => [key, ""]))
    await customers.updateCustomers(customer.id, {
      email: erasedEmail(customer.id),
      first_name: null,
      last_name: null,
      phone: null,
      company_name: null,
      ...(Object.keys(emptied).length ? { metadata: emptied } : {}),
    })
    await customers.softDeleteCustomers([customer.id])
    return new StepResponse(customer.id, previous)
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) {
      return
    }
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    await customers.restoreCustomers([previous.id])
    await customers.updateCustomers(previous.id, {
      email: previous.email,
      first_name: previous.first_name,
      last_name: previous.last_name,
      phone: previous.phone,
      company_name: previous.company_name,
      metadata: previous.metadata,
    })
    if (previous.addresses.length) {
      await customers.createCustomerAddresses(
        previous.addresses.map(({ id: _id, created_at: _created, updated_at: _updated, ...address }) => ({ ...address, customer_id: previous.id }))
      )
    }
  }
)
