import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  batchTranslationsWorkflow,
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  createRemoteLinkStep,
  deleteProductVariantsWorkflow,
  dismissRemoteLinkStep,
  setProductProductOptionsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductOptionsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { setUpCooperativeShippingWorkflow } from "../onboarding/set-up-cooperative-shipping"
import { getStorefrontChannelStep } from "./steps/get-storefront-channel"
import { planProductUpdateStep } from "./steps/plan-product-update"
import { planStockLevelsStep } from "./steps/plan-stock-levels"
import type { UpdateCooperativeProductInput } from "../../domain/catalog/product-input"
import { autoPublishTrustedProductWorkflow } from "./auto-publish-trusted-product"

export type UpdateCooperativeProductWorkflowInput = UpdateCooperativeProductInput

/**
 * A cooperative edits its listing. Every write is one of Medusa's workflows (their compensations
 * undo it if a later one fails): variants removed, option values added and linked, variants
 * updated (prices through updateProductVariantsWorkflow) and created, the product updated (back
 * to `proposed` and out of the store after a material change of a published product), stock at
 * the cooperative's location, translations, label links.
 */
export const updateCooperativeProductWorkflow = createWorkflow(
  "update-cooperative-product",
  (input: UpdateCooperativeProductWorkflowInput) => {
    const plan = planProductUpdateStep(input)

    when("delete-cooperative-variants", { plan }, ({ plan }) => plan.delete_variant_ids.length > 0).then(() => {
      deleteProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ ids: plan.delete_variant_ids })) })
    })

    // `when` blocks do not nest: the values are added in one, linked to the product in the next.
    const options = when("add-cooperative-option-values", { plan }, ({ plan }) => !!plan.option).then(() =>
      updateProductOptionsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({
          selector: { id: plan.option?.id ?? "" },
          update: { ...(plan.option?.rename ? { title: plan.option.title } : {}), values: plan.option?.values ?? [] },
        })),
      })
    )
    const link = transform({ plan, options }, ({ plan, options }) => {
      const added = (options?.[0]?.values ?? []).filter((value) => plan.option?.new_values.includes(value.value)).map((value) => value.id)
      return { product_id: plan.product_id, update: added.length ? [{ product_option_id: plan.option?.id ?? "", add: added }] : [] }
    })
    when("link-cooperative-option-values", { link }, ({ link }) => link.update.length > 0).then(() => {
      setProductProductOptionsWorkflow.runAsStep({ input: link })
    })

    when("update-cooperative-variants", { plan }, ({ plan }) => plan.update_variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_variants: plan.update_variants })) })
    })

    when("create-cooperative-variants", { plan }, ({ plan }) => plan.create_variants.length > 0).then(() => {
      createProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_variants: plan.create_variants })) })
    })

    when("update-cooperative-product-fields", { plan }, ({ plan }) => !!plan.product).then(() => {
      updateProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: plan.product ? [plan.product] : [] })) })
    })

    const wantsStock = transform({ plan }, ({ plan }) => Object.keys(plan.stock_by_variant).length + Object.keys(plan.stock_by_sku).length > 0)
    const setup = when("set-up-cooperative-shipping-for-stock", { plan, wantsStock }, ({ plan, wantsStock }) => wantsStock && !plan.stock_location_id).then(
      () => {
        const channelId = getStorefrontChannelStep()
        return setUpCooperativeShippingWorkflow.runAsStep({
          input: transform({ plan, channelId }, ({ plan, channelId }) => ({ cooperative_id: plan.cooperative_id, sales_channel_id: channelId })),
        })
      }
    )
    const levels = planStockLevelsStep(
      transform({ plan, setup }, ({ plan, setup }) => ({
        product_id: plan.product_id,
        location_id: plan.stock_location_id ?? setup?.stock_location_id ?? "",
        by_variant: plan.stock_by_variant,
        by_sku: plan.stock_by_sku,
      }))
    )
    when("create-cooperative-stock-levels", { levels }, ({ levels }) => levels.create.length > 0).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels.create })) })
    })
    when("update-cooperative-stock-levels", { levels }, ({ levels }) => levels.update.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ updates: levels.update })) })
    })

    when(
      "translate-cooperative-product-edit",
      { plan },
      ({ plan }) => plan.translations.create.length + plan.translations.update.length + plan.translations.delete.length > 0
    ).then(() => {
      batchTranslationsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.translations) })
    })

    createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.link_labels)).config({ name: "link-product-labels" })
    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.unlink_labels)).config({ name: "unlink-product-labels" })

    autoPublishTrustedProductWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_id: plan.product_id })) })

    return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ id: plan.product_id, back_to_review: plan.back_to_review })))
  }
)
