import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import type { HttpTypes } from "@medusajs/framework/types"
import type { StoreCooperativeResponse } from "@tadamon/shared"
import { storeLabelsOf } from "../../products/labels"
import { cooperativeProductFields } from "../query-config"
import type { StoreGetCooperativeParamsType } from "../validators"
import { invalidField } from "../../../../utils/field-error"
import { readsSeller, withSeller } from "../../../../utils/cooperative-seller"
import { requestLocale } from "../../../utils/request-locale"

/**
 * One approved cooperative by handle, with its published products that the publishable key's
 * sales channels sell, priced for `region_id` when given; each product carries its `labels`
 * (verified, unexpired IGP/organic certificates, `StoreProductLabel`). The cooperative carries its
 * `seller` identity (law 31-08), place names in the request's language, unless `fields` leaves out
 * what it is made from.
 */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreGetCooperativeParamsType>,
  res: MedusaResponse<StoreCooperativeResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [cooperative],
  } = await query.graph(
    {
      entity: "cooperative",
      fields: [...req.queryConfig.fields, "products.id"],
      filters: { handle: req.params.handle, status: "approved" },
    },
    { locale: req.locale }
  )
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with handle ${req.params.handle} was not found`)
  }

  const { products: linked = [], ...publicFields } = cooperative as typeof cooperative & { products?: { id: string }[] }
  const productIds = linked.map((product: { id: string }) => product.id)
  const salesChannelIds = req.publishable_key_context.sales_channel_ids

  let products: HttpTypes.StoreProduct[] = []
  if (productIds.length && salesChannelIds.length) {
    const { data: onSale } = await query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { product_id: productIds, sales_channel_id: salesChannelIds },
    })
    const saleableIds = [...new Set(onSale.map((row: { product_id: string }) => row.product_id))]

    if (saleableIds.length) {
      const regionId = req.validatedQuery.region_id
      const context: Record<string, unknown> = {}
      if (regionId) {
        const {
          data: [region],
        } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
        if (!region) {
          throw invalidField("region_id", "invalid_value", `region ${regionId} was not found`)
        }
        context.variants = { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) }
      }
      const { data } = await query.graph(
        {
          entity: "product",
          fields: regionId ? cooperativeProductFields : cooperativeProductFields.filter((f) => !f.includes("calculated_price")),
          filters: { id: saleableIds, status: ProductStatus.PUBLISHED },
          context,
        },
        { locale: req.locale }
      )
      const labels = await storeLabelsOf(req.scope, data.map((product) => product.id))
      products = data.map((product) => ({ ...product, labels: labels.get(product.id) ?? [] })) as HttpTypes.StoreProduct[]
    }
  }

  const shown = readsSeller(req.queryConfig.fields) ? withSeller(publicFields, requestLocale(req)) : publicFields
  res.json({ cooperative: shown, products })
}
