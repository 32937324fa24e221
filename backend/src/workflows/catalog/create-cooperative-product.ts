import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  createTranslationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { CreateTranslationDTO, LinkDefinition } from "@medusajs/framework/types"
import { LOCALE_TAGS } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { setUpCooperativeShippingWorkflow } from "../onboarding/set-up-cooperative-shipping"
import { getStorefrontChannelStep } from "./steps/get-storefront-channel"
import { checkProductReferences } from "./steps/validate-product-references"
import { randomSuffix, slugFrom } from "../../domain/onboarding/handle"
import { PRODUCT_CURRENCY, productTranslationTexts, type CreateCooperativeProductInput } from "../../domain/catalog/product-input"
import { skuPrefix } from "../../domain/catalog/sku"
import { autoPublishTrustedProductWorkflow } from "./auto-publish-trusted-product"

export type CreateCooperativeProductWorkflowInput = CreateCooperativeProductInput

/**
 * Checks a new listing and prepares Medusa's product input: the cooperative exists, references
 * are valid (categories, images, labels), handle and SKUs are generated. Read-only.
 */
const prepareNewProductStep = createStep(
  "prepare-cooperative-product",
  async (input: CreateCooperativeProductWorkflowInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cooperative],
    } = await query.graph({ entity: "cooperative", fields: ["id", "handle", "stock_location.id"], filters: { id: input.cooperative_id } })
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
    }
    await checkProductReferences(container, cooperative.id, input)

    const optionTitle = input.option_title.trim()
    const prefix = skuPrefix(cooperative.handle)
    const variants = input.variants.map((variant, index) => ({
      title: variant.title?.trim() || variant.option_value.trim(),
      sku: `${prefix}-${index + 1}`,
      option_value: variant.option_value.trim(),
      price: variant.price,
      stock: variant.stock ?? 0,
    }))
    const images = input.images ?? []
    const handle = `${slugFrom([input.translations?.fr?.title, input.translations?.en?.title, input.title], "product")}-${randomSuffix(5)}`
    const product = {
      title: input.title.trim(),
      handle,
      description: input.description?.trim() || null,
      status: input.status === "draft" ? ProductStatus.DRAFT : ProductStatus.PROPOSED,
      category_ids: input.category_ids ?? [],
      images: images.map((url) => ({ url })),
      thumbnail: images[0] ?? null,
      options: [{ title: optionTitle, values: variants.map((variant) => variant.option_value) }],
      variants: variants.map((variant, index) => ({
        title: variant.title,
        variant_rank: index,
        sku: variant.sku,
        options: { [optionTitle]: variant.option_value },
        manage_inventory: true,
        prices: [{ amount: variant.price, currency_code: PRODUCT_CURRENCY }],
      })),
    }
    return new StepResponse({
      cooperative_id: cooperative.id,
      stock_location_id: cooperative.stock_location?.id ?? null,
      product,
      stock_by_sku: Object.fromEntries(variants.map((variant) => [variant.sku, variant.stock])),
    })
  }
)

/**
 * A cooperative lists a product: Medusa's createProductsWorkflow with the cooperative in
 * `additional_data` (the product-created hook links it, gives it the cooperative's shipping
 * profile, keeps it out of the store), stock at the cooperative's location (set up first when it
 * has none yet), French and English text through the Translation Module, the labels it claims.
 * The product waits for review (`proposed`) or stays a draft. All or nothing.
 */
export const createCooperativeProductWorkflow = createWorkflow(
  "create-cooperative-product",
  (input: CreateCooperativeProductWorkflowInput) => {
    const prepared = prepareNewProductStep(input)

    const setup = when("set-up-cooperative-shipping-for-first-product", { prepared }, ({ prepared }) => !prepared.stock_location_id).then(
      () => {
        const channelId = getStorefrontChannelStep()
        return setUpCooperativeShippingWorkflow.runAsStep({
          input: transform({ prepared, channelId }, ({ prepared, channelId }) => ({
            cooperative_id: prepared.cooperative_id,
            sales_channel_id: channelId,
          })),
        })
      }
    )
    const locationId = transform({ prepared, setup }, ({ prepared, setup }) => prepared.stock_location_id ?? setup?.stock_location_id ?? "")

    const products = createProductsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({
        products: [prepared.product],
        additional_data: { cooperative_id: prepared.cooperative_id },
      })),
    })
    const productId = transform({ products }, ({ products }) => products[0].id)

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: productId },
    }).config({ name: "get-new-product-inventory-items" })
    const levels = transform({ variants, prepared, locationId }, ({ variants, prepared, locationId }) =>
      variants.flatMap((variant) =>
        (variant.inventory_items ?? []).flatMap((link) =>
          link?.inventory_item_id
            ? [{ inventory_item_id: link.inventory_item_id, location_id: locationId, stocked_quantity: prepared.stock_by_sku[variant.sku ?? ""] ?? 0 }]
            : []
        )
      )
    )
    createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })

    const translations = transform({ input, productId }, ({ input, productId }) =>
      productTranslationTexts(input.translations).map(
        ({ locale, text }): CreateTranslationDTO => ({
          reference: "product",
          reference_id: productId,
          locale_code: LOCALE_TAGS[locale],
          translations: text,
        })
      )
    )
    when("translate-cooperative-product", { translations }, ({ translations }) => translations.length > 0).then(() => {
      createTranslationsWorkflow.runAsStep({ input: { translations } })
    })

    const labelLinks = transform({ input, productId }, ({ input, productId }) =>
      (input.label_document_ids ?? []).map(
        (documentId): LinkDefinition => ({
          [Modules.PRODUCT]: { product_id: productId },
          [COOPERATIVE_MODULE]: { cooperative_document_id: documentId },
        })
      )
    )
    createRemoteLinkStep(labelLinks).config({ name: "link-product-labels" })

    autoPublishTrustedProductWorkflow.runAsStep({ input: { product_id: productId } })

    return new WorkflowResponse(products)
  }
)
