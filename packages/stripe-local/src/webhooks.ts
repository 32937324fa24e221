import Stripe from "stripe"
import { now, type StripeEvent } from "./objects"
import { clone, newId, randomToken, type Store } from "./state"

/**
 * Stripe-style webhook events: recorded for every state change, signed with the `stripe`
 * package's own test helper, POSTed to the configured URL in creation order, retried on
 * non-2xx with a short backoff, and every attempt recorded for inspection.
 */

export type SignatureVariant = "valid" | "bad_signature" | "expired"
export type DeliveryReason = "live" | "resend" | "out_of_order" | "forged" | "release" | "trigger" | "retry"

export interface Delivery {
  id: string
  event_id: string
  event_type: string
  reason: DeliveryReason
  signature: SignatureVariant
  attempt: number
  status: number | null
  error: string | null
  ok: boolean
  at: number
}

export interface WebhookOptions {
  url?: string
  secret?: string
  apiVersion: string
  /** Attempts per delivery, first one included. */
  maxAttempts: number
  /** Delay before the first retry; each next one waits four times longer. */
  retryDelayMs: number
}

export interface RequestInfo {
  id: string
  idempotencyKey: string | null
}

interface Job {
  event: StripeEvent
  reason: DeliveryReason
  signature: SignatureVariant
  attempt: number
}

const EXPIRED_BY_SECONDS = 60 * 60

export class WebhookDispatcher {
  readonly deliveries: Delivery[] = []
  private readonly queue: Job[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly held: StripeEvent[] = []
  private holding = false
  private running = false
  private waiters: Array<() => void> = []

  constructor(
    private readonly store: Store,
    private readonly options: WebhookOptions
  ) {}

  get url(): string | undefined {
    return this.options.url
  }

  /** Records an event for a state change and sends it (or holds it while held). */
  emit(type: string, object: unknown, request?: RequestInfo): StripeEvent {
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: this.options.apiVersion,
      created: now(),
      data: { object: clone(object) },
      livemode: false,
      pending_webhooks: this.options.url ? 1 : 0,
      request: { id: request?.id ?? null, idempotency_key: request?.idempotencyKey ?? null },
      type,
    }
    this.store.events.push(event)
    if (this.holding) {
      this.held.push(event)
    } else {
      this.enqueue({ event, reason: "live", signature: "valid", attempt: 1 })
    }
    return event
  }

  /** Keeps new events back (recorded, not sent) until `release`. */
  hold(): void {
    this.holding = true
  }

  /** Sends the held events, in creation order or reversed, and stops holding. */
  release(order: "created" | "reverse" = "created"): StripeEvent[] {
    this.holding = false
    const events = this.held.splice(0, this.held.length)
    const ordered = order === "reverse" ? events.reverse() : events
    for (const event of ordered) {
      this.enqueue({ event, reason: "release", signature: "valid", attempt: 1 })
    }
    return ordered
  }

  /** Sends an already-sent event again (a duplicate delivery, same event id). */
  resend(eventId: string): StripeEvent {
    const event = this.store.event(eventId)
    this.enqueue({ event, reason: "resend", signature: "valid", attempt: 1 })
    return event
  }

  /** Sends the given events in exactly the given order. */
  sendInOrder(eventIds: string[]): StripeEvent[] {
    const events = eventIds.map((id) => this.store.event(id))
    for (const event of events) {
      this.enqueue({ event, reason: "out_of_order", signature: "valid", attempt: 1 })
    }
    return events
  }

  /** Sends an event whose signature must fail verification: signed with another secret, or too old. */
  forge(eventId: string, signature: Exclude<SignatureVariant, "valid">): StripeEvent {
    const event = this.store.event(eventId)
    this.enqueue({ event, reason: "forged", signature, attempt: 1 })
    return event
  }

  /** Resolves once nothing is queued, in flight or waiting for a retry. */
  idle(): Promise<void> {
    if (this.isIdle()) {
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  reset(): void {
    for (const timer of this.timers) {
      clearTimeout(timer)
    }
    this.timers.clear()
    this.queue.length = 0
    this.held.length = 0
    this.holding = false
    this.deliveries.length = 0
    this.settle()
  }

  close(): void {
    this.reset()
  }

  /** The `Stripe-Signature` header for a payload, made by the stripe package's helper. */
  signatureHeader(payload: string, variant: SignatureVariant): string {
    const secret = this.options.secret ?? ""
    if (variant === "bad_signature") {
      return Stripe.webhooks.generateTestHeaderString({ payload, secret: `whsec_forged_${randomToken(16)}` })
    }
    const timestamp = variant === "expired" ? now() - EXPIRED_BY_SECONDS : now()
    return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp })
  }

  private enqueue(job: Job): void {
    if (!this.options.url || !this.options.secret) {
      return
    }
    this.queue.push(job)
    void this.drain()
  }

  private async drain(): Promise<void> {
    if (this.running) {
      return
    }
    this.running = true
    while (this.queue.length > 0) {
      const job = this.queue.shift() as Job
      await this.attempt(job)
    }
    this.running = false
    this.settle()
  }

  private async attempt(job: Job): Promise<void> {
    const payload = JSON.stringify(job.event, null, 2)
    const delivery: Delivery = {
      id: newId("whd"),
      event_id: job.event.id,
      event_type: job.event.type,
      reason: job.reason,
      signature: job.signature,
      attempt: job.attempt,
      status: null,
      error: null,
      ok: false,
      at: Date.now(),
    }
    try {
      const response = await fetch(this.options.url as string, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "stripe-signature": this.signatureHeader(payload, job.signature),
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      })
      await response.arrayBuffer()
      delivery.status = response.status
      delivery.ok = response.ok
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error)
    }
    this.deliveries.push(delivery)
    if (!delivery.ok && job.signature === "valid" && job.attempt < this.options.maxAttempts) {
      this.scheduleRetry(job)
    }
  }

  private scheduleRetry(job: Job): void {
    const delay = this.options.retryDelayMs * 4 ** (job.attempt - 1)
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      this.queue.push({ ...job, reason: "retry", attempt: job.attempt + 1 })
      void this.drain()
    }, delay)
    this.timers.add(timer)
  }

  private isIdle(): boolean {
    return !this.running && this.queue.length === 0 && this.timers.size === 0
  }

  private settle(): void {
    if (!this.isIdle()) {
      return
    }
    const waiters = this.waiters
    this.waiters = []
    for (const resolve of waiters) {
      resolve()
    }
  }
}
