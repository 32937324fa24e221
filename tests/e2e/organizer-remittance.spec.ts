import { expect, test } from "@playwright/test"
import { OrganizerAdmin } from "./pages/admin"
import { amanaStatementCsv, deliverAndDeclareCash, organizerStatement, placeAmanaCashOrder } from "./pages/cash-on-delivery"
import { CoopPortal, CoopPublicPages, uniqueSuffix } from "./pages/coop"
import { createApprovedCooperative, createPublishedProduct } from "./pages/coop-setup"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

test("an organizer imports Amana's remittance statement: the matching order's cash is confirmed, a wrong amount and an unknown tracking number are flagged; the cooperative's statement and payouts count only the confirmed cash", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const id = uniqueSuffix()
  const digits = `${Date.now()}`.slice(-9)
  const tracking = { matched: `RR${digits}MA`, wrong: `RR${digits}FR`, unknown: `RR${digits}XX` }
  const cooperative = await createApprovedCooperative(request, "Remise")
  const product = await createPublishedProduct(request, cooperative, { title: `Tapis ${id}`, price: 250, stock: 10 })

  // Two customers pay Amana's courier on delivery; the cooperative declares both cash collected.
  const matched = await placeAmanaCashOrder(request, product.handle, `remit-a-${id}@tadamon.test`)
  const wrong = await placeAmanaCashOrder(request, product.handle, `remit-b-${id}@tadamon.test`)
  await deliverAndDeclareCash(request, cooperative, matched.id, tracking.matched)
  await deliverAndDeclareCash(request, cooperative, wrong.id, tracking.wrong)
  // Declared is not paid: nothing reaches the cooperative's statement yet.
  expect((await organizerStatement(request, cooperative.cooperative.id)).entries).toEqual([])

  // The organizer sees both claims, then imports Amana's statement.
  const admin = new OrganizerAdmin(page, backendUrl)
  await admin.signIn(process.env.ORGANIZER_EMAIL ?? "", process.env.ORGANIZER_PASSWORD ?? "")
  await admin.openRemittances()
  await expect(admin.cashClaim(matched.id)).toHaveAttribute("data-holder", "carrier")
  await expect(admin.cashClaim(wrong.id)).toBeVisible()
  await admin.importRemittance(
    `amana-${id}.csv`,
    amanaStatementCsv([
      { tracking: tracking.matched, amount: matched.total },
      { tracking: tracking.wrong, amount: wrong.total - 20 },
      { tracking: tracking.unknown, amount: 120 },
    ])
  )
  await expect(admin.remittanceFigure("lines")).toHaveText("3")
  await expect(admin.remittanceFigure("captured")).toHaveText("1")
  await expect(admin.remittanceFigure("flagged")).toHaveText("2")
  await expect(admin.remittanceLine(tracking.matched)).toHaveAttribute("data-outcome", "captured")
  await expect(admin.remittanceLine(tracking.wrong)).toHaveAttribute("data-outcome", "amount_mismatch")
  await expect(admin.remittanceLine(tracking.unknown)).toHaveAttribute("data-outcome", "unknown_tracking")
  // The confirmed claim is settled; the flagged one still waits.
  await expect(admin.cashClaim(matched.id)).toHaveCount(0)
  await expect(admin.cashClaim(wrong.id)).toBeVisible()

  // The ledger holds the confirmed order only (its sale reaches the ledger just after the capture).
  await expect.poll(async () => (await organizerStatement(request, cooperative.cooperative.id)).sales).toBe(matched.total)
  const statement = await organizerStatement(request, cooperative.cooperative.id)
  expect(statement.entries.map((entry) => entry.order_id).every((orderId) => orderId === matched.id)).toBe(true)

  // The cooperative, in French, reads it in its portal: the confirmed sale, held for the withdrawal period.
  const coopContext = await browser.newContext({ locale: "fr-MA" })
  const coopPage = await coopContext.newPage()
  const portal = new CoopPortal(coopPage)
  await new CoopPublicPages(coopPage).signIn("fr", cooperative.email, cooperative.password)
  await expect(coopPage).toHaveURL(/\/fr\/coop\/dashboard$/)
  await portal.openEarnings("fr")
  await expect(portal.balanceDue()).toHaveAttribute("data-amount", String(statement.balance_due))
  await expect(portal.ledgerEntries("sale")).toHaveCount(1)
  await expect(portal.ledgerEntries("sale")).toHaveAttribute("data-amount", String(matched.total))
  await expect(portal.payable()).toHaveAttribute("data-amount", String(statement.payable))
  if (statement.hold_days > 0) {
    await expect(portal.held()).toHaveAttribute("data-amount", String(statement.balance_due))
  }
  await coopPage.goto(`/fr/coop/orders/${matched.id}`)
  await expect(portal.orderPayment()).toHaveAttribute("data-status", "collected")
  await coopPage.goto(`/fr/coop/orders/${wrong.id}`)
  await expect(portal.orderPayment()).toHaveAttribute("data-status", "awaiting_remittance")
  await expect(portal.cashHolder()).toHaveAttribute("data-holder", "carrier")
  await coopContext.close()

  // A payout covers the confirmed cash only, once its holding period is over.
  await admin.openPayoutsOf(cooperative.cooperative.name)
  await expect(admin.statementFigure("sales")).toContainText(matched.total.toFixed(2))
  await admin.recordPayout((statement.balance_due + wrong.total).toFixed(2), `VIR-${id}`)
  await expect(admin.toast(/can be paid out now/)).toBeVisible()
  if (statement.hold_days > 0) {
    // Within the customer's withdrawal period, nothing can be paid yet: all of it is held.
    await expect(admin.statementFigure("held")).toContainText(statement.balance_due.toFixed(2))
    await expect(admin.statementFigure("payable")).toContainText("0.00")
    expect((await organizerStatement(request, cooperative.cooperative.id)).payouts).toBe(0)
  } else {
    await admin.recordPayout(statement.balance_due.toFixed(2), `VIR-${id}`)
    await expect(admin.toast("Payout recorded")).toBeVisible()
    expect(await organizerStatement(request, cooperative.cooperative.id)).toEqual(expect.objectContaining({ balance_due: 0, payouts: -statement.balance_due }))
  }
})
