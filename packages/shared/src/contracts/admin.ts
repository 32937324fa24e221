/**
 * `@tadamon/shared/contracts/admin`: organizer-only routes the storefront never calls: the
 * moderation log and review queue, Amana remittance imports and cash claims. The organizers'
 * cooperative, commission and payout types stay beside the portal's types they extend, in
 * contracts/vendor.
 */
export * from "../moderation"
export * from "../remittance"
