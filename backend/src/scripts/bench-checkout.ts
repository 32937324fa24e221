import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  updateInventoryLevelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDERS, TERMS_METADATA_KEY, TERMS_VERSION } from "@tadamon/shared"
import { completeCartWithCooperativeOrdersWorkflow } from "../workflows/order-group/complete-cart-with-cooperative-orders"

/**
 * Benchmark of the checkout path, run by `npm run bench` on its throw-away database (never on real
 * data: it raises stock and places orders). Times cart completion only (the cart is prepared first):
 * Tadamon's cooperative split with 1 and 3 cooperatives, and Medusa's stock `completeCartWorkflow`
 * on a single-cooperative cart of the same shape. Prints one JSON line: `BENCH_CHECKOUT=<json>`.
 *
 *   npx medusa exec ./src/scripts/bench-checkout.js [runs]
 */
type Step = { id: string; definition?: { action?: string } }
type StepEvents = { onStepBegin?: (event: { step: Step }) => void; onStepSuccess?: (event: { step: Step }) => void }

/** "validate-cart-prices", without the workflow path around it. */
function stepName(step: Step): string {
  return step.definition?.action ?? step.id.split(".").pop() ?? step.id
}

export default async function benchCheckout({ container, args }: ExecArgs) {
  const runs = Number(args?.[0] ?? 15)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "mad" } })
  const {
    data: [key],
  } = await query.graph({
    entity: "api_key",
    fields: ["sales_channels.id"],
    filters: { type: "publishable", title: "Tadamon storefront" },
  })
  const salesChannelId = key.sales_channels?.[0]?.id as string

  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle", "products.status", "products.variants.id", "products.variants.inventory_items.inventory_item_id"],
    filters: { status: "approved" },
  })
  // One variant from each of three cooperatives, with plenty of stock for every run.
  const picks = cooperatives
    .flatMap((cooperative) => {
      const product = (cooperative.products ?? []).find((p) => p?.status === "published" && p.variants?.length)
      const variant = product?.variants?.[0]
      return variant ? [{ cooperative: cooperative.handle, variant_id: variant.id, inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id }] : []
    })
    .slice(0, 3)
  if (picks.length < 3) {
    throw new Error("bench-checkout needs three approved cooperatives with published products (run the seed)")
  }
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "location_id"],
    filters: { inventory_item_id: picks.map((pick) => pick.inventory_item_id as string) },
  })
  await updateInventoryLevelsWorkflow(container).run({
    input: {
      updates: levels.map((level) => ({
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        stocked_quantity: 1_000_000,
      })),
    },
  })

  const prepare = (variantIds: string[], index: number) => prepareCart(container, region.id, salesChannelId, variantIds, index)
  type Complete = (cartId: string, events: StepEvents) => Promise<unknown>
  const ours: Complete = (cartId, events) => completeCartWithCooperativeOrdersWorkflow(container).run({ input: { cart_id: cartId }, events })
  const stock: Complete = (cartId, events) => completeCartWorkflow(container).run({ input: { id: cartId }, events })
  const one = [picks[0].variant_id]
  const three = picks.map((pick) => pick.variant_id)
  const cases = [
    { label: "stock completeCartWorkflow, 1 cooperative", complete: stock, variantIds: one },
    { label: "Tadamon split, 1 cooperative", complete: ours, variantIds: one },
    { label: "Tadamon split, 3 cooperatives", complete: ours, variantIds: three },
  ].map((entry) => ({ ...entry, samples: [] as number[], steps: new Map<string, number>() }))

  // The cases take turns, run after run, so that whatever else the machine does weighs on each alike.
  for (let run = 0; run < runs + 1; run++) {
    for (const entry of cases) {
      const cartId = await prepare(entry.variantIds, run)
      const began = new Map<string, bigint>()
      const steps = new Map<string, number>()
      const events: StepEvents = {
        onStepBegin: ({ step }) => void began.set(step.id, process.hrtime.bigint()),
        onStepSuccess: ({ step }) => {
          const start = began.get(step.id)
          if (start !== undefined) {
            const name = stepName(step)
            steps.set(name, (steps.get(name) ?? 0) + Number(process.hrtime.bigint() - start) / 1e6)
          }
        },
      }
      const started = process.hrtime.bigint()
      await entry.complete(cartId, events)
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      if (run > 0) {
        // The first run warms caches and is left out.
        entry.samples.push(ms)
        for (const [name, spent] of steps) {
          entry.steps.set(name, (entry.steps.get(name) ?? 0) + spent)
        }
      }
    }
  }
  const results = cases.map((entry) => ({
    label: entry.label,
    runs,
    samples_ms: entry.samples,
    // Mean time per run in each step (nested workflows' steps included), slowest first.
    steps_ms: [...entry.steps].map(([name, total]) => ({ name, mean_ms: total / runs })).sort((a, b) => b.mean_ms - a.mean_ms),
  }))
  process.stdout.write(`BENCH_CHECKOUT=${JSON.stringify({ cooperatives: picks.map((pick) => pick.cooperative), results })}\n`)
}

async function prepareCart(container: MedusaContainer, regionId: string, salesChannelId: string, variantIds: string[], index: number) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regionId,
      sales_channel_id: salesChannelId,
      email: `bench-${index}@tadamon.test`,
      locale: "ar-MA",
      shipping_address: {
        first_name: "Bench",
        last_name: "Checkout",
        address_1: "1 Avenue Hassan II",
        city: "Taounate",
        province: "taounate",
        country_code: "ma",
        phone: "+212612345678",
      },
      items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
      metadata: { [TERMS_METADATA_KEY]: { version: TERMS_VERSION, accepted_at: new Date().toISOString() } },
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const perProfile = new Map<string, string>()
  for (const option of options as Array<{ id: string; shipping_profile_id: string }>) {
    if (!perProfile.has(option.shipping_profile_id)) {
      perProfile.set(option.shipping_profile_id, option.id)
    }
  }
  for (const optionId of perProfile.values()) {
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: optionId }] } })
  }
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: PAYMENT_PROVIDERS.cashOnDelivery },
  })
  return cart.id
}
