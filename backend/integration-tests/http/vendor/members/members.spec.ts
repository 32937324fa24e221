import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { inviteCooperativeMemberWorkflow } from "../../../../src/workflows/onboarding/invite-cooperative-member"
import { createCooperative } from "../../../fixtures/catalog"
import { bearer, failed, PASSWORD, registerIdentity, signIn } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"
import { useSmtpSink } from "../../notification/smtp-sink"

jest.setTimeout(180 * 1000)

const sink = useSmtpSink()

/** The first link to `path` in an email's text. */
function linkIn(text: string | undefined, path: string): URL {
  const match = text?.match(new RegExp(`https?://\\S+${path.replace(/\//g, "\\/")}\\?\\S+`))
  if (!match) {
    throw new Error(`No ${path} link in: ${text}`)
  }
  return new URL(match[0])
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function ownerOf(locale: "ar" | "fr" | "en" = "ar") {
      const container = getContainer()
      const cooperative = await createCooperative(container, { status: "approved", locale, handle: `coop-${locale}-${Date.now()}` })
      const { member, headers } = await createMember(container, cooperative.id, { role: "owner" })
      return { cooperative, owner: member, headers }
    }

    /** Invites `email` and returns the token from the emailed join link. */
    async function invite(headers: { headers: Record<string, string> }, email: string, body: Record<string, unknown> = {}) {
      const { data } = await api.post("/vendor/members/invitations", { email, ...body }, headers)
      const { mail } = await sink.next((received) => received.envelopeTo.includes(email.toLowerCase()))
      // Taken off the list, so that the next invitation to the same address is read fresh.
      sink.received.splice(sink.received.findIndex((received) => received.mail === mail), 1)
      return { invitation: data.invitation, mail, token: linkIn(mail.text, "/coop/join").searchParams.get("token") ?? "" }
    }

    it("invites by email in the cooperative's language; the invited person registers, accepts and works in the portal", async () => {
      const { cooperative, headers } = await ownerOf("fr")
      const { invitation, mail, token } = await invite(headers, "Samira@Example.ma")
      expect(invitation).toEqual(expect.objectContaining({ email: "samira@example.ma", status: "pending", role: "member" }))
      expect(mail.subject).toMatch(/^Tadamon : invitation à rejoindre /)
      expect(mail.html).toContain('<html lang="fr" dir="ltr">')
      const link = linkIn(mail.text, "/coop/join")
      expect(link.origin + link.pathname).toBe("http://localhost:8000/fr/coop/join")

      // Only the hash is stored.
      const service: CooperativeModuleService = getContainer().resolve(COOPERATIVE_MODULE)
      const [stored] = await service.listCooperativeInvitations({ id: invitation.id })
      expect(stored.token_hash).not.toContain(token)
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/)

      const registering = await registerIdentity(api, "samira@example.ma")
      const { data } = await api.post(
        "/vendor/invitations/accept",
        { token, first_name: "Samira", last_name: "Idrissi", phone: "0700112233" },
        bearer(registering)
      )
      expect(data.member).toEqual(expect.objectContaining({ email: "samira@example.ma", role: "member", phone: "+212700112233" }))
      expect(data.cooperative).toEqual({ id: cooperative.id, handle: cooperative.handle, name: cooperative.name, status: "approved" })

      const samira = await signIn(api, "samira@example.ma")
      expect((await api.get("/vendor/me", samira)).data.cooperative.id).toBe(cooperative.id)
      const { data: list } = await api.get("/vendor/members", samira)
      expect(list.members.map((member: { role: string }) => member.role)).toEqual(["owner", "member"])
      const { data: invitations } = await api.get("/vendor/members/invitations", headers)
      expect(invitations.invitations[0]).toEqual(expect.objectContaining({ id: invitation.id, status: "accepted" }))

      // The token works once.
      const other = await registerIdentity(api, "late@example.ma")
      const reused = await api.post("/vendor/invitations/accept", { token, first_name: "A", last_name: "B" }, bearer(other)).catch(failed)
      expect(reused.status).toBe(400)
      expect(reused.data.errors[0]).toEqual(expect.objectContaining({ field: "token", code: "invitation_invalid" }))
    })

    it("refuses an invitation accepted with another email, an expired or revoked one, and an email that is already a member", async () => {
      const container = getContainer()
      const { cooperative, headers } = await ownerOf()
      const { token } = await invite(headers, "nadia@example.ma")

      const stranger = await registerIdentity(api, "stranger@example.ma")
      const wrong = await api
        .post("/vendor/invitations/accept", { token, first_name: "X", last_name: "Y" }, { headers: { ...bearer(stranger).headers, "x-medusa-locale": "en-US" } })
        .catch(failed)
      expect(wrong.status).toBe(400)
      expect(wrong.data.errors[0]).toEqual({
        field: "token",
        code: "invitation_other_email",
        message: "This invitation was sent to another address: register with the address that received it.",
      })

      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      const [pending] = await service.listCooperativeInvitations({ cooperative_id: cooperative.id, status: "pending" })
      await service.updateCooperativeInvitations({ id: pending.id, expires_at: new Date(Date.now() - 1000) })
      const nadia = await registerIdentity(api, "nadia@example.ma")
      const expired = await api.post("/vendor/invitations/accept", { token, first_name: "Nadia", last_name: "B" }, bearer(nadia)).catch(failed)
      expect(expired.data.errors[0].code).toBe("invitation_invalid")
      expect((await api.get("/vendor/members/invitations", headers)).data.invitations[0].status).toBe("expired")

      // A new invitation replaces the old one; revoking it kills its link.
      const again = await invite(headers, "nadia@example.ma")
      const revoked = await api.delete(`/vendor/members/invitations/${again.invitation.id}`, headers)
      expect(revoked.data.invitation.status).toBe("revoked")
      const afterRevoke = await api.post("/vendor/invitations/accept", { token: again.token, first_name: "N", last_name: "B" }, bearer(nadia)).catch(failed)
      expect(afterRevoke.data.errors[0].code).toBe("invitation_invalid")
      expect((await api.delete(`/vendor/members/invitations/${again.invitation.id}`, headers).catch(failed)).status).toBe(409)

      // One cooperative per person.
      const elsewhere = await createCooperative(container, { handle: `elsewhere-${Date.now()}` })
      await createMember(container, elsewhere.id, { email: "busy@example.ma" })
      const busy = await api.post("/vendor/members/invitations", { email: "busy@example.ma" }, headers).catch(failed)
      expect(busy.status).toBe(409)

      const badEmail = await api.post("/vendor/members/invitations", { email: "not-an-email" }, headers).catch(failed)
      expect(badEmail.status).toBe(400)
      expect(badEmail.data.errors[0]).toEqual(expect.objectContaining({ field: "email", code: "invalid_email" }))
    })

    it("keeps nothing when the invitation email cannot be sent", async () => {
      const container = getContainer()
      const { cooperative, owner } = await ownerOf()
      const workflow = inviteCooperativeMemberWorkflow(container)
      workflow.appendAction("fail-after-email", "send-notifications", {
        invoke: async () => {
          throw new Error("SMTP is down")
        },
      })
      const { errors } = await workflow.run({
        input: { cooperative_id: cooperative.id, invited_by: owner.id, email: "lost@example.ma" },
        throwOnError: false,
      })
      expect(errors[0].error.message).toContain("SMTP is down")
      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      expect(await service.listCooperativeInvitations({ cooperative_id: cooperative.id })).toHaveLength(0)
    })

    it("lets only the owner invite and remove; removal closes the member's portal and frees their email", async () => {
      const container = getContainer()
      const { cooperative, owner, headers } = await ownerOf()
      const { token } = await invite(headers, "karim@example.ma")
      const registering = await registerIdentity(api, "karim@example.ma")
      const { data: accepted } = await api.post("/vendor/invitations/accept", { token, first_name: "Karim", last_name: "A" }, bearer(registering))
      const karim = await signIn(api, "karim@example.ma")

      expect((await api.post("/vendor/members/invitations", { email: "x@example.ma" }, karim).catch(failed)).status).toBe(403)
      expect((await api.get("/vendor/members/invitations", karim).catch(failed)).status).toBe(403)
      expect((await api.delete(`/vendor/members/${owner.id}`, karim).catch(failed)).status).toBe(403)
      expect((await api.delete(`/vendor/members/${owner.id}`, headers).catch(failed)).status).toBe(400)

      const other = await createCooperative(container, { handle: `other-${Date.now()}` })
      const { member: outsider } = await createMember(container, other.id, { role: "member" })
      expect((await api.delete(`/vendor/members/${outsider.id}`, headers).catch(failed)).status).toBe(404)

      const removed = await api.delete(`/vendor/members/${accepted.member.id}`, headers)
      expect(removed.data).toEqual({ id: accepted.member.id, object: "cooperative_member", deleted: true })
      expect((await api.get("/vendor/me", karim).catch(failed)).status).toBe(401)
      const auth = container.resolve(Modules.AUTH)
      const [provider] = await auth.listProviderIdentities({ entity_id: "karim@example.ma" })
      const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id as string)
      expect(identity.app_metadata?.member_id ?? null).toBeNull()
      const { data: list } = await api.get("/vendor/members", headers)
      expect(list.members.map((member: { id: string }) => member.id)).toEqual([owner.id])

      // The email is free again: the same person can be invited back with the same sign-in.
      const back = await invite(headers, "karim@example.ma")
      const signedIn = await api.post("/auth/member/emailpass", { email: "karim@example.ma", password: PASSWORD })
      const rejoined = await api.post("/vendor/invitations/accept", { token: back.token, first_name: "Karim", last_name: "A" }, bearer(signedIn.data.token))
      expect(rejoined.data.cooperative.id).toBe(cooperative.id)
    })

    it("emails a member the portal's reset link, in the language asked for or their cooperative's", async () => {
      const { headers } = await ownerOf("fr")
      const { token } = await invite(headers, "reset@example.ma")
      const registering = await registerIdentity(api, "reset@example.ma")
      await api.post("/vendor/invitations/accept", { token, first_name: "Rachid", last_name: "B" }, bearer(registering))

      const requestReset = async (body: Record<string, unknown>) => {
        const emailed = TestEventUtils.waitSubscribersExecution("auth.password_reset", getContainer().resolve(Modules.EVENT_BUS))
        await api.post("/auth/member/emailpass/reset-password", body)
        await emailed
      }
      await requestReset({ identifier: "reset@example.ma", metadata: { locale: "en-US" } })
      const english = await sink.next((email) => email.envelopeTo.includes("reset@example.ma") && email.mail.subject === "Tadamon: reset your cooperative space password")
      const link = linkIn(english.mail.text, "/coop/reset-password")
      expect(link.origin + link.pathname).toBe("http://localhost:8000/en/coop/reset-password")
      expect(link.searchParams.get("email")).toBe("reset@example.ma")

      const update = await api.post(
        "/auth/member/emailpass/update",
        { email: "reset@example.ma", password: "a brand new password" },
        bearer(link.searchParams.get("token") ?? "")
      )
      expect(update.status).toBe(200)
      const signedIn = await signIn(api, "reset@example.ma", "a brand new password")
      expect((await api.get("/vendor/me", signedIn)).status).toBe(200)

      // No language asked: the member's own, set when they accepted (the request's default, Arabic).
      await requestReset({ identifier: "reset@example.ma" })
      const second = await sink.next(
        (email) => email.envelopeTo.includes("reset@example.ma") && email !== english && typeof email.mail.html === "string" && email.mail.html.includes('lang="ar"')
      )
      expect(linkIn(second.mail.text, "/coop/reset-password").pathname).toBe("/ar/coop/reset-password")
    })
  },
})
