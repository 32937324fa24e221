import { commissionOn, fromCents, round2, sumAmounts, toCents } from "../money"

describe("amounts in centimes", () => {
  it("turns MAD into whole centimes and back, without float drift", () => {
    expect(toCents(400)).toBe(40000)
    expect(toCents(19.99)).toBe(1999)
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(toCents(0.29)).toBe(29)
    expect(toCents(-0.29)).toBe(-29)
    expect(toCents(0)).toBe(0)
    expect(fromCents(1999)).toBe(19.99)
    expect(fromCents(-4000)).toBe(-40)
  })

  it("rounds an amount to the centime", () => {
    expect(round2(12.344)).toBe(12.34)
    expect(round2(12.346)).toBe(12.35)
    expect(round2(0.125)).toBe(0.13)
    expect(round2(33.333333)).toBe(33.33)
    expect(round2(-12.346)).toBe(-12.35)
    expect(round2(250)).toBe(250)
  })

  it("rounds half a centime away from zero, whatever the amount's binary form", () => {
    // 4.725 × 100 is 472.49999999999994 in floating point: 5.25 MAD less 10 % is 4.725.
    expect(toCents(4.725)).toBe(473)
    expect(round2(1.005)).toBe(1.01)
    expect(round2(8.325)).toBe(8.33)
    expect(sumAmounts([4.725, 1.005])).toBe(5.74)
    expect(round2(-0.125)).toBe(-0.13)
    expect(round2(-2.675)).toBe(-2.68)
    expect(commissionOn(-2.675, 100)).toBe(-commissionOn(2.675, 100))
    expect(Object.is(toCents(-0.001), 0)).toBe(true)
  })

  it("sums to the centime, where adding floats would drift", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(sumAmounts([0.1, 0.2])).toBe(0.3)
    expect(sumAmounts([19.99, 19.99, 19.99])).toBe(59.97)
    expect(sumAmounts([400, -40, -400])).toBe(-40)
    expect(sumAmounts([0.01, -0.01])).toBe(0)
    expect(sumAmounts([])).toBe(0)
  })
})

describe("the commission on an amount", () => {
  it("is the rate in percent of the amount", () => {
    expect(commissionOn(400, 10)).toBe(40)
    expect(commissionOn(250, 12)).toBe(30)
    expect(commissionOn(1000, 0)).toBe(0)
    expect(commissionOn(80, 100)).toBe(80)
  })

  it("is rounded to the centime, half a centime away from zero", () => {
    // 19.99 × 15 % = 2.9985
    expect(commissionOn(19.99, 15)).toBe(3)
    // 333.33 × 12.5 % = 41.66625
    expect(commissionOn(333.33, 12.5)).toBe(41.67)
    // 0.05 × 10 % = 0.005: exactly half a centime, rounded up.
    expect(commissionOn(0.05, 10)).toBe(0.01)
    // 0.25 × 7 % = 0.0175
    expect(commissionOn(0.25, 7)).toBe(0.02)
    // 0.21 × 7 % = 0.0147
    expect(commissionOn(0.21, 7)).toBe(0.01)
    // 0.07 × 7 % = 0.0049: less than half a centime, nothing.
    expect(commissionOn(0.07, 7)).toBe(0)
  })

  it("on a negative amount is the same commission, negative (a half centime goes away from zero both ways)", () => {
    expect(commissionOn(-400, 10)).toBe(-40)
    expect(commissionOn(-0.05, 10)).toBe(-0.01)
    expect(commissionOn(-19.99, 15)).toBe(-3)
    expect(commissionOn(-333.33, 12.5)).toBe(-41.67)
  })

  it("on nothing is nothing", () => {
    expect(commissionOn(0, 10)).toBe(0)
    expect(commissionOn(0, 0)).toBe(0)
  })
})
