import { shippingOptionsForCart, type CartLineStock, type ListedOption } from "../for-cart"

const at = (location: string) => ({ fulfillment_set: { location: { id: location } } })
const option = (id: string, profile: string, location: string): ListedOption => ({
  id,
  name: "Amana",
  shipping_profile_id: profile,
  insufficient_inventory: true,
  service_zone: at(location),
})
const line = (product: string, quantity: number, stock: Record<string, number>): CartLineStock => ({
  product_id: product,
  quantity,
  variant: {
    manage_inventory: true,
    allow_backorder: false,
    inventory_items: [
      {
        inventory: {
          requires_shipping: true,
          location_levels: Object.entries(stock).map(([location_id, available_quantity]) => ({ location_id, available_quantity })),
        },
      },
    ],
  },
})

const profiles = new Map([
  ["prod_honey", { shipping_profile_id: "sp_nahl", cooperative_name: "تعاونية النحل" }],
  ["prod_figs", { shipping_profile_id: "sp_tin", cooperative_name: "Coopérative Tin" }],
])
const options = [option("so_nahl", "sp_nahl", "sloc_nahl"), option("so_tin", "sp_tin", "sloc_tin"), option("so_other", "sp_other", "sloc_other")]

describe("shippingOptionsForCart", () => {
  it("keeps only the options of the cart's cooperatives, named after each cooperative", () => {
    const listed = shippingOptionsForCart({
      options,
      lines: [line("prod_honey", 1, { sloc_nahl: 5 }), line("prod_figs", 2, { sloc_tin: 9 })],
      profileOfProduct: profiles,
      names: new Map([["so_tin", "أمانة"]]),
    })
    expect(listed.map((entry) => [entry.id, entry.name])).toEqual([
      ["so_nahl", "Amana · تعاونية النحل"],
      ["so_tin", "أمانة · Coopérative Tin"],
    ])
  })

  it("judges stock on each cooperative's own lines at its own location", () => {
    const listed = shippingOptionsForCart({
      options,
      lines: [line("prod_honey", 3, { sloc_nahl: 2 }), line("prod_figs", 2, { sloc_tin: 2 })],
      profileOfProduct: profiles,
    })
    expect(Object.fromEntries(listed.map((entry) => [entry.id, entry.insufficient_inventory]))).toEqual({ so_nahl: true, so_tin: false })
  })

  it("ignores lines whose stock is not managed or may be backordered", () => {
    const unmanaged = { ...line("prod_honey", 50, {}), variant: { manage_inventory: false } }
    const backordered = line("prod_figs", 50, {})
    backordered.variant!.allow_backorder = true
    const listed = shippingOptionsForCart({ options, lines: [unmanaged, backordered], profileOfProduct: profiles })
    expect(listed.map((entry) => entry.insufficient_inventory)).toEqual([false, false])
  })

  it("lists nothing for lines of no known cooperative", () => {
    expect(shippingOptionsForCart({ options, lines: [line("prod_unknown", 1, {})], profileOfProduct: profiles })).toEqual([])
  })
})
