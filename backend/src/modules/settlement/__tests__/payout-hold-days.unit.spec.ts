import SettlementModuleService, { DEFAULT_PAYOUT_HOLD_DAYS, payoutHoldDays } from "../service"

/**
 * The payout holding period: `TADAMON_PAYOUT_HOLD_DAYS` → medusa-config.ts → the settlement module's
 * `payout_hold_days` option → `getPayoutHoldDays()`. A value that is not a whole number of days from 0
 * to 365 falls back to the customer's 7-day withdrawal right rather than pay out early.
 */
describe("payout holding period", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  /** The settlement module's options as medusa-config.ts builds them from the environment. */
  const configuredOptions = (holdDays: string | undefined) => {
    if (holdDays === undefined) {
      delete process.env.TADAMON_PAYOUT_HOLD_DAYS
    } else {
      process.env.TADAMON_PAYOUT_HOLD_DAYS = holdDays
    }
    let config: unknown
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the config for each environment, which only require() inside isolateModules gives
      config = require("../../../../medusa-config")
    })
    const modules = (config as { modules: Record<string, { resolve?: string; options?: Record<string, unknown> }> }).modules
    const settlement = Object.values(modules).find((module) => module.resolve === "./src/modules/settlement")
    return settlement?.options ?? {}
  }
  const serviceWith = (options: Record<string, unknown>) => new SettlementModuleService({}, options).getPayoutHoldDays()

  it("is 7 days by default", () => {
    expect(DEFAULT_PAYOUT_HOLD_DAYS).toBe(7)
    expect(serviceWith(configuredOptions(undefined))).toBe(7)
    expect(serviceWith({})).toBe(7)
  })

  it.each([
    ["14", 14],
    ["0", 0],
  ])("reads TADAMON_PAYOUT_HOLD_DAYS=%p as %p days", (value, days) => {
    expect(serviceWith(configuredOptions(value))).toBe(days)
  })

  it.each(["", "abc", "7.5", "-1", "366"])("falls back to 7 days for TADAMON_PAYOUT_HOLD_DAYS=%p", (value) => {
    expect(serviceWith(configuredOptions(value))).toBe(DEFAULT_PAYOUT_HOLD_DAYS)
  })

  it.each([
    [14, 14],
    [0, 0],
    ["21", 21],
    [365, 365],
    [undefined, 7],
    [null, 7],
    [Number.NaN, 7],
    [2.5, 7],
    [-3, 7],
    [366, 7],
    [Number.POSITIVE_INFINITY, 7],
    ["  ", 7],
    ["14 days", 7],
    [true, 7],
    [{}, 7],
  ])("takes the option %p as %p days", (value, days) => {
    expect(payoutHoldDays(value)).toBe(days)
  })
})
