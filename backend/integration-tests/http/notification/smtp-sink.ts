import type { AddressInfo } from "node:net"
import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export type ReceivedEmail = { envelopeFrom: string | null; envelopeTo: string[]; mail: ParsedMail }

export type SmtpSink = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string
  received: ReceivedEmail[]
  /** The first received email that matches, now or when it arrives; rejects after `timeoutMs`. */
  next(matching: (email: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail>
  close(): Promise<void>
}

/**
 * A real SMTP server on a free local port: no authentication, no TLS, every message parsed and kept.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedEmail[] = []
  const waiters = new Set<(email: ReceivedEmail) => void>()

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const email: ReceivedEmail = {
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            mail,
          }
          received.push(email)
          waiters.forEach((waiter) => waiter(email))
          callback()
        },
        (error: Error) => callback(error)
      )
    },
  })

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    next(matching, timeoutMs = 15000) {
      const already = received.find(matching)
      if (already) {
        return Promise.resolve(already)
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`No matching email within ${timeoutMs} ms (received ${received.length})`))
        }, timeoutMs)
        const waiter = (email: ReceivedEmail) => {
          if (matching(email)) {
            clearTimeout(timer)
            waiters.delete(waiter)
            resolve(email)
          }
        }
        waiters.add(waiter)
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * A sink for the whole spec file: started in a `beforeAll` registered before the test runner's own
 * (which loads medusa-config.ts, where SMTP_URL is read), so call it at the top of the file, before
 * `medusaIntegrationTestRunner`; stopped after the file. `from` sets SMTP_FROM for the same time.
 */
export function useSmtpSink({ from }: { from?: string } = {}): SmtpSink {
  let started: SmtpSink | undefined
  beforeAll(async () => {
    started = await startSmtpSink()
    process.env.SMTP_URL = started.url
    if (from) {
      process.env.SMTP_FROM = from
    }
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    if (from) {
      delete process.env.SMTP_FROM
    }
    await started?.close()
  })
  const current = (): SmtpSink => {
    if (!started) {
      throw new Error("The SMTP sink starts before the suite: call useSmtpSink() at the top of the spec file")
    }
    return started
  }
  return {
    get url() {
      return current().url
    },
    get received() {
      return current().received
    },
    next: (matching, timeoutMs) => current().next(matching, timeoutMs),
    close: () => current().close(),
  }
}
