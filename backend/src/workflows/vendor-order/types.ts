/** Every portal action on an order: which order, whose cooperative (resolved by the /vendor middleware), who. */
export type VendorOrderActionInput = {
  order_id: string
  cooperative_id: string
  member_id: string
}
