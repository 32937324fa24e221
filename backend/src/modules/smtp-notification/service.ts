import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { createTransport, type Transporter } from "nodemailer"

export type SmtpNotificationOptions = {
  /** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://user:pass@host:465 (TLS). */
  url: string
  /** The sender, e.g. "Tadamon <no-reply@tadamon.ma>". */
  from: string
  channels?: string[]
}

type InjectedDependencies = { logger: Logger }

/**
 * Sends the `email` channel through an SMTP server with nodemailer. It sends what it is given:
 * the workflows render the message (subject, HTML and text, in the customer's language) into the
 * notification's `content`; this provider knows nothing of templates.
 */
export default class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly logger: Logger
  protected readonly options: SmtpNotificationOptions
  protected readonly transporter: Transporter

  static validateOptions(options: Record<string, unknown>): void {
    const url = typeof options.url === "string" ? options.url : ""
    if (!/^smtps?:\/\//.test(url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` (smtp://… or smtps://…).")
    }
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs a `from` address.")
    }
  }

  constructor({ logger }: InjectedDependencies, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.options = options
    this.transporter = createTransport(options.url)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || !(content.html || content.text)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Email "${notification.template}" to ${notification.to} has no rendered content (subject and html or text).`
      )
    }
    const info = await this.transporter.sendMail({
      from: notification.from || this.options.from,
      to: notification.to,
      subject: content.subject,
      html: content.html,
      text: content.text,
      attachments: notification.attachments?.map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        encoding: "base64",
        contentType: attachment.content_type,
        contentDisposition: attachment.disposition === "inline" ? "inline" : "attachment",
        cid: attachment.id,
      })),
    })
    this.logger.debug(`Sent email "${notification.template}" to ${notification.to} (${info.messageId})`)
    return { id: info.messageId }
  }
}
