import { randomBytes } from "node:crypto"
import type { Outcome } from "./cards"
import { notFound } from "./errors"
import {
  list,
  type Charge,
  type Customer,
  type List,
  type PaymentIntent,
  type PaymentMethod,
  type Refund,
  type SetupIntent,
  type StripeEvent,
} from "./objects"

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

export function randomToken(length: number): string {
  const bytes = randomBytes(length)
  let out = ""
  for (const byte of bytes) {
    out += ALPHABET[byte % ALPHABET.length]
  }
  return out
}

export function newId(prefix: string): string {
  return `${prefix}_${randomToken(24)}`
}

/** What the double remembers about a PaymentIntent beyond its public fields. */
export interface IntentInternals {
  /** Set by the control API: the next confirmation of this intent ends this way. */
  forcedOutcome?: Outcome
  /** While `requires_action`: what completing 3-D Secure leads to. */
  afterAuthentication?: Outcome
  chargeIds: string[]
}

/** In-memory state of one server. Everything is lost on `reset()` or restart. */
export class Store {
  readonly customers = new Map<string, Customer>()
  readonly paymentMethods = new Map<string, PaymentMethod>()
  readonly paymentIntents = new Map<string, PaymentIntent>()
  readonly intentInternals = new Map<string, IntentInternals>()
  readonly charges = new Map<string, Charge>()
  readonly refunds = new Map<string, Refund>()
  readonly setupIntents = new Map<string, SetupIntent>()
  readonly events: StripeEvent[] = []
  /** Outcomes queued by the control API for the next confirmations of intents without their own. */
  readonly nextOutcomes: Outcome[] = []
  /** Saved responses by API key + `Idempotency-Key`. */
  readonly idempotency = new Map<string, { fingerprint: string; status: number; body: string }>()

  reset(): void {
    this.customers.clear()
    this.paymentMethods.clear()
    this.paymentIntents.clear()
    this.intentInternals.clear()
    this.charges.clear()
    this.refunds.clear()
    this.setupIntents.clear()
    this.events.length = 0
    this.nextOutcomes.length = 0
    this.idempotency.clear()
  }

  customer(id: string, param = "id"): Customer {
    const customer = this.customers.get(id)
    if (!customer) {
      throw notFound("customer", id, param)
    }
    return customer
  }

  paymentMethod(id: string, param = "payment_method"): PaymentMethod {
    const method = this.paymentMethods.get(id)
    if (!method) {
      throw notFound("PaymentMethod", id, param)
    }
    return method
  }

  intent(id: string): PaymentIntent {
    const intent = this.paymentIntents.get(id)
    if (!intent) {
      throw notFound("payment_intent", id, "intent")
    }
    return intent
  }

  internals(id: string): IntentInternals {
    let internals = this.intentInternals.get(id)
    if (!internals) {
      internals = { chargeIds: [] }
      this.intentInternals.set(id, internals)
    }
    return internals
  }

  charge(id: string): Charge {
    const charge = this.charges.get(id)
    if (!charge) {
      throw notFound("charge", id, "charge")
    }
    return charge
  }

  refund(id: string): Refund {
    const refund = this.refunds.get(id)
    if (!refund) {
      throw notFound("refund", id, "refund")
    }
    return refund
  }

  setupIntent(id: string): SetupIntent {
    const intent = this.setupIntents.get(id)
    if (!intent) {
      throw notFound("setup_intent", id, "intent")
    }
    return intent
  }

  event(id: string): StripeEvent {
    const event = this.events.find((item) => item.id === id)
    if (!event) {
      throw notFound("event", id)
    }
    return event
  }

  /** A charge as the API returns it: its refunds as a list, newest first. */
  renderCharge(charge: Charge): Charge {
    const refunds = [...this.refunds.values()].filter((refund) => refund.charge === charge.id).reverse()
    return clone({ ...charge, refunds: list(refunds, `/v1/charges/${charge.id}/refunds`) })
  }

  /** A PaymentIntent as the API returns it, with the legacy `charges` list beside `latest_charge`. */
  renderIntent(intent: PaymentIntent): PaymentIntent & { charges: List<Charge> } {
    const charges = this.internals(intent.id)
      .chargeIds.map((id) => this.renderCharge(this.charge(id)))
      .reverse()
    return clone({ ...intent, charges: list(charges, `/v1/charges?payment_intent=${intent.id}`) })
  }

  /** Looks an id up in any collection (for `expand[]`). */
  lookup(id: string): unknown {
    if (id.startsWith("pi_") && this.paymentIntents.has(id)) return this.renderIntent(this.intent(id))
    if (id.startsWith("ch_") && this.charges.has(id)) return this.renderCharge(this.charge(id))
    if (id.startsWith("pm_")) return this.paymentMethods.get(id)
    if (id.startsWith("cus_")) return this.customers.get(id)
    if (id.startsWith("re_")) return this.refunds.get(id)
    if (id.startsWith("seti_")) return this.setupIntents.get(id)
    return undefined
  }

  snapshot(): Record<string, unknown> {
    return clone({
      customers: [...this.customers.values()],
      payment_methods: [...this.paymentMethods.values()],
      payment_intents: [...this.paymentIntents.values()].map((intent) => this.renderIntent(intent)),
      refunds: [...this.refunds.values()],
      setup_intents: [...this.setupIntents.values()],
      events: this.events.map((event) => ({ id: event.id, type: event.type, created: event.created, object_id: objectId(event) })),
      queued_outcomes: this.nextOutcomes,
    })
  }
}

function objectId(event: StripeEvent): string | undefined {
  const object = event.data.object
  return typeof object === "object" && object !== null && "id" in object ? String(object.id) : undefined
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Replaces ids by their objects along `expand[]` paths (`payment_method`, `latest_charge`, `data.customer`…); unknown paths are ignored. */
export function expand<T>(store: Store, value: T, paths: string[] | undefined): T {
  if (!paths?.length) {
    return value
  }
  const result = clone(value) as unknown
  for (const path of paths) {
    expandPath(store, result, path.split("."))
  }
  return result as T
}

function expandPath(store: Store, node: unknown, path: string[]): void {
  if (typeof node !== "object" || node === null || path.length === 0) {
    return
  }
  const record = node as Record<string, unknown>
  const [head, ...rest] = path
  if (head === "data" && Array.isArray(record.data)) {
    for (const item of record.data) {
      expandPath(store, item, rest)
    }
    return
  }
  const current = record[head]
  if (typeof current === "string") {
    const found = store.lookup(current)
    if (found !== undefined) {
      record[head] = clone(found)
    }
  }
  expandPath(store, record[head], rest)
}
