import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { sendPasswordResetEmailWorkflow } from "../../../src/workflows/notification/send-password-reset-email"
import { useSmtpSink } from "./smtp-sink"

jest.setTimeout(120 * 1000)

const sink = useSmtpSink({ from: "Tadamon <no-reply@tadamon.test>" })

/** The `token` and `email` parameters of the first link to the reset page in an email's text. */
function resetLink(text: string | undefined): URL {
  const match = text?.match(/https?:\/\/\S+\/account\/reset-password\?\S+/)
  if (!match) {
    throw new Error(`No reset link in: ${text}`)
  }
  return new URL(match[0])
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture

    async function registerCustomer(email: string) {
      const {
        data: { token },
      } = await api.post("/auth/customer/emailpass/register", { email, password: "correct horse battery staple" })
      await api.post(
        "/store/customers",
        { email, first_name: "Amina" },
        { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${token}` } }
      )
    }

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
    })

    /** Asks for a reset as the storefront does, and waits for the `auth.password_reset` subscriber. */
    async function requestReset(body: { identifier: string; metadata?: Record<string, unknown> }) {
      const emailed = TestEventUtils.waitSubscribersExecution("auth.password_reset", getContainer().resolve(Modules.EVENT_BUS))
      const response = await api.post("/auth/customer/emailpass/reset-password", body)
      await emailed
      return response
    }

    it("emails a customer the reset link in the language the storefront asked in", async () => {
      await registerCustomer("amina@example.ma")

      const response = await requestReset({ identifier: "amina@example.ma", metadata: { locale: "fr-MA" } })
      expect(response.status).toBe(201)

      const { envelopeTo, mail } = await sink.next((email) => email.envelopeTo.includes("amina@example.ma"))
      expect(envelopeTo).toEqual(["amina@example.ma"])
      expect(mail.from?.text).toBe('"Tadamon" <no-reply@tadamon.test>')
      expect(mail.subject).toBe("Tadamon : réinitialisation de votre mot de passe")
      expect(mail.html).toContain('<html lang="fr" dir="ltr">')

      const link = resetLink(mail.text)
      expect(link.origin + link.pathname).toBe("http://localhost:8000/fr/account/reset-password")
      expect(link.searchParams.get("email")).toBe("amina@example.ma")
      const token = link.searchParams.get("token") ?? ""
      expect(token.split(".")).toHaveLength(3)

      // The token works: the storefront's reset page posts it with the new password.
      const update = await api.post(
        "/auth/customer/emailpass/update",
        { email: "amina@example.ma", password: "a new password, longer" },
        { headers: { authorization: `Bearer ${token}` } }
      )
      expect(update.status).toBe(200)
      const login = await api.post("/auth/customer/emailpass", { email: "amina@example.ma", password: "a new password, longer" })
      expect(login.data.token).toBeTruthy()
    })

    it("writes in Arabic, right to left, when the request names no language", async () => {
      await registerCustomer("youssef@example.ma")

      await requestReset({ identifier: "youssef@example.ma" })

      const { mail } = await sink.next((email) => email.envelopeTo.includes("youssef@example.ma"))
      expect(mail.subject).toBe("تضامن: إعادة تعيين كلمة المرور")
      expect(mail.html).toContain('<html lang="ar" dir="rtl">')
      expect(resetLink(mail.text).pathname).toBe("/ar/account/reset-password")
    })

    it("sends one email per token, however often the event is delivered", async () => {
      const input = { email: "twice@example.ma", token: "header.payload.signature", locale: "en" as const }
      await sendPasswordResetEmailWorkflow(getContainer()).run({ input })
      await sendPasswordResetEmailWorkflow(getContainer()).run({ input })

      const sent = sink.received.filter((email) => email.envelopeTo.includes("twice@example.ma"))
      expect(sent).toHaveLength(1)
      expect(sent[0].mail.subject).toBe("Tadamon: reset your password")
    })
  },
})
