import type { ICartModuleService, IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { anonymizedAddress, erasedEmail, PERSONAL_ADDRESS_FIELDS } from "../../../domain/privacy/erasure"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

type Address = { id: string } & Partial<Record<(typeof PERSONAL_ADDRESS_FIELDS)[number], string | null>>
type Kept = { id: string; email: string | null; addresses: Address[] }

/** What an address held before, to put back if a later step fails. */
function personalPart(address: Record<string, unknown> | null | undefined): Address[] {
  if (!address || typeof address.id !== "string") {
    return []
  }
  const kept: Address = { id: address.id }
  for (const field of PERSONAL_ADDRESS_FIELDS) {
    kept[field] = (address[field] as string | null | undefined) ?? null
  }
  return [kept]
}

/** Medusa's cart addresses take text, never null: an emptied field is "". */
function cartAddress(fields: Partial<Record<(typeof PERSONAL_ADDRESS_FIELDS)[number], string | null>>) {
  return Object.fromEntries(PERSONAL_ADDRESS_FIELDS.map((field) => [field, fields[field] ?? ""]))
}

type Previous = { orders: Kept[]; carts: Kept[]; groups: Array<{ id: string; email: string }> }

/**
 * The customer's orders, order groups and carts stay (accounting, the cooperatives' statements)
 * without the person: their email becomes the erased address, their addresses lose name, phone and
 * street. Compensation puts everything back.
 */
export const anonymizeCustomerOrdersStep = createStep(
  "anonymize-customer-orders",
  async (input: { customer_id: string }, { container }) => {
    const email = erasedEmail(input.customer_id)
    const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const groupModule = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)

    const orders = await orderModule.listOrders({ customer_id: input.customer_id }, { relations: ["shipping_address", "billing_address"] })
    const carts = await cartModule.listCarts({ customer_id: input.customer_id }, { relations: ["shipping_address", "billing_address"] })
    const groups = await groupModule.listOrderGroups({ customer_id: input.customer_id }, { select: ["id", "email"] })
    const kept = (record: { id: string; email?: string | null; shipping_address?: unknown; billing_address?: unknown }): Kept => ({
      id: record.id,
      email: record.email ?? null,
      addresses: [
        ...personalPart(record.shipping_address as Record<string, unknown> | null),
        ...personalPart(record.billing_address as Record<string, unknown> | null),
      ],
    })
    const previous: Previous = {
      orders: orders.map(kept),
      carts: carts.map(kept),
      groups: groups.map((group) => ({ id: group.id, email: group.email })),
    }

    if (orders.length) {
      await orderModule.updateOrders(orders.map((order) => ({ id: order.id, email })))
      const addresses = previous.orders.flatMap((order) => order.addresses)
      if (addresses.length) {
        await orderModule.updateOrderAddresses(addresses.map((address) => ({ id: address.id, ...anonymizedAddress() })))
      }
    }
    if (carts.length) {
      await cartModule.updateCarts(carts.map((cart) => ({ id: cart.id, email })))
      const addresses = previous.carts.flatMap((cart) => cart.addresses)
      if (addresses.length) {
        await cartModule.updateAddresses(addresses.map((address) => ({ id: address.id, ...cartAddress(anonymizedAddress()) })))
      }
    }
    if (groups.length) {
      await groupModule.updateOrderGroups(groups.map((group) => ({ id: group.id, email })))
    }
    return new StepResponse({ orders: orders.length, carts: carts.length }, previous)
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) {
      return
    }
    const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const groupModule = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    if (previous.orders.length) {
      await orderModule.updateOrders(previous.orders.map((order) => ({ id: order.id, email: order.email ?? undefined })))
      const addresses = previous.orders.flatMap((order) => order.addresses)
      if (addresses.length) {
        await orderModule.updateOrderAddresses(addresses)
      }
    }
    if (previous.carts.length) {
      await cartModule.updateCarts(previous.carts.map((cart) => ({ id: cart.id, email: cart.email ?? undefined })))
      const addresses = previous.carts.flatMap((cart) => cart.addresses)
      if (addresses.length) {
        await cartModule.updateAddresses(addresses.map((address) => ({ id: address.id, ...cartAddress(address) })))
      }
    }
    if (previous.groups.length) {
      await groupModule.updateOrderGroups(previous.groups)
    }
  }
)
