import AxeBuilder from "@axe-core/playwright"
import type { Locator, Page } from "@playwright/test"

/** One rule's violation as axe-core reports it, with the elements that break it. */
export type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number]
type Impact = NonNullable<Violation["impact"]>

/** The rule sets a scan runs: WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

/** The impacts that make a page unusable for someone: a journey allows none of them. */
export const BLOCKING_IMPACTS: readonly Impact[] = ["serious", "critical"]

/** A public page of the storefront, and the element that shows it has rendered its content. */
export type ScannedPage = {
  name: string
  path: string
  ready: (page: Page) => Locator
}

/** axe-core run in the page as it is now. No assertions. */
export class AccessibilityScan {
  constructor(readonly page: Page) {}

  /** Opens `/<locale><path>` and waits until the page's own content is there. */
  async open(locale: string, target: ScannedPage) {
    await this.page.goto(`/${locale}${target.path}`)
    await target.ready(this.page).first().waitFor({ state: "visible" })
  }

  async violations(): Promise<Violation[]> {
    const results = await new AxeBuilder({ page: this.page }).withTags(TAGS).analyze()
    return results.violations
  }
}

/** The violations with a blocking impact. */
export function blocking(violations: Violation[]): Violation[] {
  return violations.filter((violation) => violation.impact != null && BLOCKING_IMPACTS.includes(violation.impact))
}

/** One paragraph per violation: its rule, impact and help, then each offending element's selector and summary. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  - ${node.target.join(" ")}\n    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}`),
      ].join("\n")
    )
    .join("\n\n")
}

/** What a keyboard user has reached. No assertions. */
export class KeyboardFocus {
  constructor(readonly page: Page) {}

  async tab() {
    await this.page.keyboard.press("Tab")
  }

  async activate() {
    await this.page.keyboard.press("Enter")
  }

  /** Whether the focused element is `container` or inside it. */
  async isInside(container: Locator): Promise<boolean> {
    return container.evaluate((element) => element.contains(document.activeElement))
  }

  /**
   * The focused element (null on the page itself) and the focus ring a sighted keyboard user sees
   * around it: the outline of the element or of the nearest ancestor that draws one for it (a card
   * around its link), or null when nothing is drawn.
   */
  async focused(): Promise<{ name: string; ring: string | null } | null> {
    return this.page.evaluate(() => {
      const active = document.activeElement
      if (!(active instanceof HTMLElement) || active === document.body) {
        return null
      }
      let ring: string | null = null
      for (let element: HTMLElement | null = active; element && !ring; element = element.parentElement) {
        const style = getComputedStyle(element)
        if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) {
          ring = `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
        }
      }
      const name = active.getAttribute("aria-label") ?? active.textContent ?? active.getAttribute("name") ?? ""
      return { name: `${active.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`, ring }
    })
  }
}
