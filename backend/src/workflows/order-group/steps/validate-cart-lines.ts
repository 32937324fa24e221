import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LocalizedFieldError } from "../../../utils/localized-field-error"
import { quantityProblem, unsellableLines } from "../../cart/utils/cart-lines"

export type ValidateCartLinesInput = {
  sales_channel_id?: string | null
  locale?: string | null
  items: Array<{ id: string; title: string; variant_title?: string | null; variant_id?: string | null; quantity: unknown }>
}

/**
 * At completion, under the cart's lock: every line is still for sale (a cooperative suspended, a
 * product unpublished or moved out of the channel while the cart waited) and holds a whole number
 * of units in range. Refuses with one problem per line, named by its title. Reading only.
 */
export const validateCartLinesStep = createStep("validate-cart-lines", async (input: ValidateCartLinesInput, { container }) => {
  const name = (item: ValidateCartLinesInput["items"][number]) => [item.title, item.variant_title].filter(Boolean).join(" — ")
  const quantities = input.items.flatMap((item, index) =>
    quantityProblem(`items.${index}.quantity`, Number(item.quantity)).map((problem) => ({ ...problem, name: name(item) }))
  )
  const unsellable = await unsellableLines(
    container,
    input.items.map((item, index) => ({ field: `items.${index}`, variant_id: item.variant_id, name: name(item) })),
    input.sales_channel_id,
    input.locale
  )
  const problems = [...unsellable, ...quantities]
  if (problems.length) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, problems)
  }
  return new StepResponse(input.items.length)
})
