import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { CATALOG_EVENT_TAGS, CatalogEvents, ModerationEvents } from "@tadamon/shared"
import { ORDER_GROUP_PLACED } from "../../workflows/order-group/complete-cart-with-cooperative-orders"
import { VendorOrderEvents } from "../../workflows/vendor-order/events"
import { config as catalogChanged } from "../catalog-changed"
import { config as searchIndex } from "../search-index"

const SRC = join(__dirname, "..", "..")

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : sources(path)
    }
    return entry.name.endsWith(".ts") ? [path] : []
  })
}

/** Every `eventName:` the backend's workflows emit, as written in the source. */
const emitted = sources(SRC).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/eventName:\s*([^,}\n]+)/g)].map((match) => ({ file: file.slice(SRC.length + 1), expression: match[1].trim() }))
)

describe("the event catalogue", () => {
  it("names every event the backend emits from a catalogue, never as a bare string", () => {
    expect(emitted.length).toBeGreaterThan(10)
    expect(emitted.filter(({ expression }) => /^["'`]/.test(expression))).toEqual([])
  })

  it("expires the storefront's cache for each of Tadamon's events that changes public data, and for no other", () => {
    const publicEvents = Object.values(CatalogEvents).filter((name) => name !== CatalogEvents.DOCUMENT_CREATED)
    const privateEvents = [CatalogEvents.DOCUMENT_CREATED, ...Object.values(ModerationEvents), ...Object.values(VendorOrderEvents), ORDER_GROUP_PLACED]
    expect(publicEvents.filter((name) => !CATALOG_EVENT_TAGS[name]?.length)).toEqual([])
    expect(privateEvents.filter((name) => name in CATALOG_EVENT_TAGS)).toEqual([])
    expect(new Set([...publicEvents, ...privateEvents]).size).toBe(publicEvents.length + privateEvents.length)
  })

  it("has the catalog subscriber listen to exactly the events that expire tags", () => {
    expect([...(catalogChanged.event as string[])].sort()).toEqual(Object.keys(CATALOG_EVENT_TAGS).sort())
  })

  it("has search re-index on every event that changes the public catalog, and on stock held by orders", () => {
    const events = searchIndex.event as string[]
    expect(Object.keys(CATALOG_EVENT_TAGS).filter((name) => !events.includes(name))).toEqual([])
    expect(events).toEqual(expect.arrayContaining(["reservation-item.created", "reservation-item.deleted"]))
  })
})
