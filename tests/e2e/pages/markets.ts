import type { Locator, Page } from "@playwright/test"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { Storefront } from "./storefront"

/** The text a QR code in a PNG image holds, or null when none can be read. */
export function decodeQrPng(image: Buffer): string | null {
  const png = PNG.sync.read(image)
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length)
  return jsQR(pixels, png.width, png.height)?.data ?? null
}

/** The markets pages: the listing, an edition's page and a participant's stand sheet. No assertions. */
export class MarketsPages {
  constructor(readonly page: Page) {}

  async openListing(locale: string) {
    await this.page.goto(`/${locale}/markets`)
  }

  async openEdition(locale: string, handle: string) {
    await this.page.goto(`/${locale}/markets/${handle}`)
  }

  async openStandSheet(locale: string, handle: string, cooperativeHandle: string) {
    await this.page.goto(`/${locale}/markets/${handle}/stands/${cooperativeHandle}`)
  }

  navLink(): Locator {
    return this.page.getByTestId("nav-markets")
  }

  /** Follows the header's link to the markets (opening the menu first on a phone). */
  async openFromNav() {
    await new Storefront(this.page).openMenu()
    await this.navLink().click()
  }

  editionCards(): Locator {
    return this.page.getByTestId("edition-card")
  }

  editionCard(handle: string): Locator {
    return this.page.locator(`[data-testid="edition-card"][data-edition="${handle}"]`)
  }

  homeFeature(): Locator {
    return this.page.getByTestId("edition-feature")
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 })
  }

  status(): Locator {
    return this.page.getByTestId("edition-status")
  }

  dates(): Locator {
    return this.page.getByTestId("edition-dates")
  }

  venue(): Locator {
    return this.page.getByTestId("edition-venue")
  }

  province(): Locator {
    return this.page.getByTestId("edition-province")
  }

  programDays(): Locator {
    return this.page.getByTestId("program-day")
  }

  programItems(): Locator {
    return this.page.getByTestId("program-item")
  }

  participants(): Locator {
    return this.page.getByTestId("edition-participant")
  }

  participant(cooperativeHandle: string): Locator {
    return this.page.locator(`[data-testid="edition-participant"][data-cooperative="${cooperativeHandle}"]`)
  }

  shopLink(cooperativeHandle: string): Locator {
    return this.participant(cooperativeHandle).getByTestId("participant-shop-link")
  }

  standSheetLink(cooperativeHandle: string): Locator {
    return this.participant(cooperativeHandle).getByTestId("participant-stand-sheet")
  }

  standSheet(): Locator {
    return this.page.getByTestId("stand-sheet")
  }

  standSheetCooperative(): Locator {
    return this.page.getByTestId("stand-sheet-cooperative")
  }

  standSheetEdition(): Locator {
    return this.page.getByTestId("stand-sheet-edition")
  }

  standNumber(): Locator {
    return this.page.getByTestId("stand-sheet-number")
  }

  standQr(): Locator {
    return this.page.getByTestId("stand-qr")
  }

  standQrCaption(): Locator {
    return this.page.getByTestId("stand-qr-url")
  }

  /** Reads the stand's QR code as the browser drew it: a screenshot of the code, decoded. */
  async decodeStandQr(): Promise<string | null> {
    await this.standQr().scrollIntoViewIfNeeded()
    return decodeQrPng(await this.standQr().screenshot())
  }
}
