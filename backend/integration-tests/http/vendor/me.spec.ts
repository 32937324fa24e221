import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCooperative } from "../../fixtures/catalog"
import { createMember } from "../../fixtures/member"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("tells a signed-in member who they are and which cooperative they run; nobody else", async () => {
      const container = getContainer()
      const cooperative = await createCooperative(container, { handle: "nahl", status: "pending" })
      const { member, headers } = await createMember(container, cooperative.id)

      const { data } = await api.get("/vendor/me", headers)
      expect(data.member).toEqual(expect.objectContaining({ id: member.id, role: "owner" }))
      expect(data.cooperative).toEqual(expect.objectContaining({ id: cooperative.id, handle: "nahl", status: "pending" }))

      const anonymous = await api.get("/vendor/me").catch((error: { response: { status: number } }) => error.response)
      expect(anonymous.status).toBe(401)
    })
  },
})
