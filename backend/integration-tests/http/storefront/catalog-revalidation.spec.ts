import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { approveCooperativeWorkflow } from "../../../src/workflows/moderation/approve-cooperative"
import { suspendCooperativeWorkflow } from "../../../src/workflows/moderation/suspend-cooperative"
import { createCooperative, createCooperativeProduct, createStoreFixture } from "../../fixtures/catalog"
import { serveStorefrontStandIn } from "../../fixtures/storefront-stand-in"

jest.setTimeout(120 * 1000)

type Received = { authorization: string | undefined; tags: string[] }

/** A stand-in for the storefront's `POST /api/revalidate`, listening on a real port. */
const received: Received[] = []
const waiters: Array<(entry: Received) => void> = []
const storefront: Server = createServer((req: IncomingMessage, res) => {
  let body = ""
  req.on("data", (chunk) => (body += chunk))
  req.on("end", () => {
    const entry = { authorization: req.headers.authorization, tags: JSON.parse(body).tags }
    received.push(entry)
    waiters.splice(0).forEach((resolve) => resolve(entry))
    res.writeHead(req.url === "/api/revalidate" ? 200 : 404).end("{}")
  })
})

function nextRevalidation(matching: (entry: Received) => boolean): Promise<Received> {
  const already = received.find(matching)
  if (already) {
    return Promise.resolve(already)
  }
  return new Promise((resolve) => {
    const wait = (entry: Received) => (matching(entry) ? resolve(entry) : waiters.push(wait))
    waiters.push(wait)
  })
}

serveStorefrontStandIn(storefront)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    beforeEach(() => {
      received.length = 0
    })

    it("tells the storefront which cached reads a catalog change made stale", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      const cooperative = await createCooperative(container)
      // cooperative.created
      const cooperativeCall = await nextRevalidation((entry) => entry.tags.join() === "cooperatives,products")
      expect(cooperativeCall.authorization).toBe("Bearer test-secret")

      await createCooperativeProduct(container, store, cooperative.id, { title: "عسل", handle: "honey" })
      // product.created
      const productCall = await nextRevalidation((entry) => entry.tags.join() === "products")
      expect(productCall).toEqual({ authorization: "Bearer test-secret", tags: ["products"] })
      expect(process.env.STOREFRONT_REVALIDATE_URL).toBe(`http://127.0.0.1:${(storefront.address() as AddressInfo).port}`)
    })

    it("expires the cooperatives and their products when organizers suspend or reinstate a cooperative", async () => {
      const container = getContainer()
      await createStoreFixture(container)
      const cooperative = await createCooperative(container)
      const isCooperativeChange = (entry: Received) => entry.tags.join() === "cooperatives,products"
      await nextRevalidation(isCooperativeChange) // cooperative.created

      received.length = 0
      await suspendCooperativeWorkflow(container).run({ input: { cooperative_id: cooperative.id, reason: "Sanitary authorisation expired" } })
      // cooperative.suspended
      expect(await nextRevalidation(isCooperativeChange)).toEqual({ authorization: "Bearer test-secret", tags: ["cooperatives", "products"] })

      received.length = 0
      await approveCooperativeWorkflow(container).run({ input: { cooperative_id: cooperative.id, transition: "reinstate" } })
      // cooperative.approved
      expect(await nextRevalidation(isCooperativeChange)).toEqual({ authorization: "Bearer test-secret", tags: ["cooperatives", "products"] })
    })
  },
})
