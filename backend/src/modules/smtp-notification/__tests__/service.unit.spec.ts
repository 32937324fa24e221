import { logger } from "@medusajs/framework/logger"
import { startSmtpSink, type SmtpSink } from "../../../../integration-tests/http/notification/smtp-sink"
import SmtpNotificationProviderService from "../service"

describe("SMTP notification provider", () => {
  let sink: SmtpSink
  let provider: SmtpNotificationProviderService

  beforeAll(async () => {
    sink = await startSmtpSink()
    provider = new SmtpNotificationProviderService({ logger }, { url: sink.url, from: "Tadamon <no-reply@tadamon.ma>" })
  })
  afterAll(() => sink.close())

  it("sends the rendered subject, HTML and text from the configured address", async () => {
    const result = await provider.send({
      to: "amina@example.ma",
      channel: "email",
      template: "test",
      content: { subject: "تضامن: اختبار", html: '<p dir="rtl">مرحبا</p>', text: "مرحبا" },
    })

    const { envelopeTo, mail } = await sink.next((email) => email.envelopeTo.includes("amina@example.ma"))
    expect(envelopeTo).toEqual(["amina@example.ma"])
    expect(mail.subject).toBe("تضامن: اختبار")
    expect(mail.from?.text).toBe('"Tadamon" <no-reply@tadamon.ma>')
    expect(mail.html).toBe('<p dir="rtl">مرحبا</p>')
    expect(mail.text?.trim()).toBe("مرحبا")
    expect(result.id).toBe(mail.messageId)
  })

  it("refuses a notification with nothing rendered rather than send an empty email", async () => {
    await expect(provider.send({ to: "amina@example.ma", channel: "email", template: "test", data: {} })).rejects.toThrow(
      /no rendered content/
    )
  })

  it("accepts smtp:// and smtps:// addresses and a sender, nothing else", () => {
    expect(() => SmtpNotificationProviderService.validateOptions({ url: "smtps://u:p@mail.example:465", from: "x@y.ma" })).not.toThrow()
    expect(() => SmtpNotificationProviderService.validateOptions({ url: "http://mail.example", from: "x@y.ma" })).toThrow()
    expect(() => SmtpNotificationProviderService.validateOptions({ url: "smtp://mail.example" })).toThrow()
  })
})
