import { namedOutcome, NAMED_OUTCOMES } from "./cards"
import { invalidRequest, StripeApiError } from "./errors"
import { completeAuthentication } from "./intent-flow"
import type { StripeEvent } from "./objects"
import type { Context } from "./payment-methods"
import type { Store } from "./state"
import type { Delivery, WebhookDispatcher } from "./webhooks"

/**
 * What tests can do besides calling the API: force outcomes, complete 3-D Secure, inspect and
 * reset state, and misdeliver webhooks. Served over HTTP under `/_local` and returned in-process
 * by `createStripeLocalServer`.
 */

export type OutcomeName = keyof typeof NAMED_OUTCOMES
export type ForgedSignature = "bad_signature" | "expired"

export class Control {
  constructor(
    private readonly store: Store,
    private readonly webhooks: WebhookDispatcher,
    private readonly context: () => Context
  ) {}

  state(): Record<string, unknown> {
    return { ...this.store.snapshot(), webhook_url: this.webhooks.url ?? null, deliveries: this.deliveries() }
  }

  reset(): void {
    this.store.reset()
    this.webhooks.reset()
  }

  /** The next confirmation of this PaymentIntent ends with `outcome` (an `OutcomeName`; another name is refused), whatever the card. */
  forceOutcome(paymentIntentId: string, outcome: string): void {
    this.store.internals(this.store.intent(paymentIntentId).id).forcedOutcome = this.outcome(outcome)
  }

  /** The next confirmation of any PaymentIntent without its own forced outcome ends with `outcome` (queued, first in first out). */
  queueOutcome(outcome: string): void {
    this.store.nextOutcomes.push(this.outcome(outcome))
  }

  /** Completes or fails the 3-D Secure step; a card that declines after authentication leaves the intent with its error. */
  authenticate(paymentIntentId: string, result: "complete" | "fail"): unknown {
    const intent = this.store.intent(paymentIntentId)
    try {
      completeAuthentication(this.context(), intent, result === "complete")
    } catch (error) {
      if (!(error instanceof StripeApiError) || error.status !== 402) {
        throw error
      }
    }
    return this.store.renderIntent(intent)
  }

  events(filter: { type?: string; objectId?: string } = {}): StripeEvent[] {
    return this.store.events.filter((event) => {
      const object = event.data.object as { id?: string }
      return (!filter.type || event.type === filter.type) && (!filter.objectId || object.id === filter.objectId)
    })
  }

  deliveries(filter: { eventId?: string; type?: string } = {}): Delivery[] {
    return this.webhooks.deliveries.filter(
      (delivery) => (!filter.eventId || delivery.event_id === filter.eventId) && (!filter.type || delivery.event_type === filter.type)
    )
  }

  resendEvent(eventId: string): StripeEvent {
    return this.webhooks.resend(eventId)
  }

  sendEventsInOrder(eventIds: string[]): StripeEvent[] {
    return this.webhooks.sendInOrder(eventIds)
  }

  /** Sends every event about one object again, newest first. */
  sendEventsReversed(objectId: string): StripeEvent[] {
    return this.webhooks.sendInOrder(this.events({ objectId }).map((event) => event.id).reverse())
  }

  sendForged(eventId: string, signature: ForgedSignature): StripeEvent {
    return this.webhooks.forge(eventId, signature)
  }

  holdWebhooks(): void {
    this.webhooks.hold()
  }

  releaseWebhooks(order: "created" | "reverse" = "created"): StripeEvent[] {
    return this.webhooks.release(order)
  }

  /** A fresh event of `type` about the current state of an object (`pi_…`, `ch_…`, `cus_…`…). */
  triggerEvent(type: string, objectId: string): StripeEvent {
    const object = this.store.lookup(objectId)
    if (object === undefined) {
      throw invalidRequest(`No such object: '${objectId}'`, { param: "object_id", code: "resource_missing" })
    }
    return this.webhooks.emit(type, object)
  }

  webhooksIdle(): Promise<void> {
    return this.webhooks.idle()
  }

  private outcome(name: string) {
    const outcome = namedOutcome(name)
    if (!outcome) {
      throw invalidRequest(`Unknown outcome '${name}'; use one of ${Object.keys(NAMED_OUTCOMES).join(", ")}.`, { param: "outcome" })
    }
    return outcome
  }
}
