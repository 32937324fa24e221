import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { CommissionSection } from "./components/commission-section"
import { PayoutSection } from "./components/payout-section"

/** Commission and payouts: Tadamon's rates, cooperatives' statements and the money paid out to them. */
const PayoutsPage = () => (
  <div className="flex flex-col gap-y-3">
    <CommissionSection />
    <PayoutSection />
  </div>
)

export const config = defineRouteConfig({
  label: "nav.payouts",
  translationNs: "reports",
  icon: Cash,
})

export default PayoutsPage
