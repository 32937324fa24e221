"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe, StripeElements, StripeElementsOptionsClientSecret } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import type { Locale } from "@tadamon/shared/i18n"
import { startTransition, useActionState, useEffect, useState, type FormEvent, type ReactNode } from "react"
import type { FormState } from "@/lib/form-state"
import { cardErrorKey, isAuthorizedStatus, type CardErrorKey } from "@/lib/util/card-errors"

/** What the checkout's server components hand the card form; every text already in the customer's language. */
export type CardPaymentProps = {
  locale: Locale
  publishableKey: string
  /** Stripe.js from another address than js.stripe.com (the local test double); undefined for Stripe's. */
  stripeJsUrl?: string
  /** The client secret of the cart's PaymentIntent (its payment session's data). */
  clientSecret: string
  /** The card-return page, where a bank sends the customer back after a redirect. */
  returnPath: string
  /**
   * The server action that places the order once the card is authorized (`placeCardOrder`),
   * passed in by the server component rather than imported, so this chunk carries no server-action
   * client code of its own.
   */
  placeOrder: (state: FormState, formData: FormData) => Promise<FormState>
  /** The server action that records the customer's acceptance of the terms (`acceptTermsForCard`), before the card is confirmed. */
  acceptTerms: (formData: FormData) => Promise<FormState>
  /** The terms' reminder and the box that accepts them (`accept_terms`), rendered by the server. */
  terms: ReactNode
  texts: {
    loading: string
    loadError: string
    submit: string
    paying: string
    placing: string
    errors: Record<CardErrorKey, string>
  }
}

let stripeLoad: { key: string; promise: Promise<Stripe | null> } | null = null

/** Loads the `src` script once; resolves when it has run. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = src
    script.async = true
    script.addEventListener("load", () => resolve())
    script.addEventListener("error", () => reject(new Error(`Could not load ${src}`)))
    document.head.appendChild(script)
  })
}

/**
 * Stripe.js, loaded once per page on first use. `@stripe/stripe-js/pure` loads nothing on import;
 * `loadStripe` adds https://js.stripe.com's script, or takes the `window.Stripe` that
 * `stripeJsUrl` defined. A failed load can be tried again.
 */
function stripeFor(publishableKey: string, stripeJsUrl: string | undefined): Promise<Stripe | null> {
  const key = `${publishableKey} ${stripeJsUrl ?? ""}`
  if (stripeLoad?.key !== key) {
    const script = stripeJsUrl && !window.Stripe ? loadScript(stripeJsUrl) : Promise.resolve()
    const promise = script.then(() => loadStripe(publishableKey))
    promise.catch(() => {
      stripeLoad = null
    })
    stripeLoad = { key, promise }
  }
  return stripeLoad.promise
}

const APPEARANCE: StripeElementsOptionsClientSecret["appearance"] = {
  theme: "stripe",
  variables: {
    colorPrimary: "#9a4526",
    colorText: "#2d2219",
    colorDanger: "#a12b1f",
    borderRadius: "12px",
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
  },
}

/**
 * The Payment Element for the cart's PaymentIntent and the button that pays and places the order.
 * Elements gets the intent's client secret, so `confirmPayment` confirms that very intent; a
 * declined card leaves it (and the cart) as they were, and another card can confirm it again.
 */
export default function CardPaymentForm(props: CardPaymentProps) {
  // Elements takes a promise of Stripe or null; a failed load shows the load error instead.
  const [stripe] = useState(() => stripeFor(props.publishableKey, props.stripeJsUrl).catch(() => null))
  const [unavailable, setUnavailable] = useState(false)
  useEffect(() => {
    let current = true
    void stripe.then((loaded) => {
      if (current && !loaded) {
        setUnavailable(true)
      }
    })
    return () => {
      current = false
    }
  }, [stripe])
  const options: StripeElementsOptionsClientSecret = {
    clientSecret: props.clientSecret,
    locale: props.locale,
    appearance: APPEARANCE,
  }
  return (
    <Elements key={props.clientSecret} stripe={stripe} options={options}>
      <CardForm {...props} unavailable={unavailable} />
    </Elements>
  )
}

type Phase = "loading" | "ready" | "paying" | "placing" | "unavailable"

/**
 * The action's state before any answer (`IDLE` of form-state.ts, written out: importing it here
 * would share that module with the catalog pages' forms and cost them a few bytes).
 */
const NOT_PLACED: FormState = { status: "idle" }

/** What confirming the card gave: an authorized intent, or the message to show. */
async function confirmCard(
  stripe: Stripe,
  elements: StripeElements,
  returnPath: string,
  errors: CardPaymentProps["texts"]["errors"]
): Promise<{ authorized: true } | { authorized: false; message: string }> {
  try {
    const { error, paymentIntent } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: new URL(returnPath, window.location.href).toString() },
      redirect: "if_required",
    })
    // An intent already authorized (an earlier attempt whose order could not be placed) comes back
    // as an error carrying it: the order can be placed now.
    const intent = paymentIntent ?? error?.payment_intent
    if (isAuthorizedStatus(intent?.status)) {
      return { authorized: true }
    }
    return { authorized: false, message: errors[error ? cardErrorKey(error) : "generic"] }
  } catch {
    return { authorized: false, message: errors.generic }
  }
}

function CardForm({ locale, returnPath, texts, placeOrder: place, acceptTerms, terms, unavailable }: CardPaymentProps & { unavailable: boolean }) {
  const stripe = useStripe()
  const elements = useElements()
  const [step, setStep] = useState<Exclude<Phase, "placing">>("loading")
  const [cardMessage, setCardMessage] = useState<string | null>(null)
  // Placing the order completes the cart as cash on delivery does; on success the action redirects.
  const [answer, placeOrder, placing] = useActionState(place, NOT_PLACED)
  const phase: Phase = unavailable ? "unavailable" : placing ? "placing" : step
  const busy = phase === "paying" || phase === "placing"
  const placeError = answer.status === "error" ? (answer.message ?? texts.errors.generic) : null
  const message = phase === "unavailable" ? texts.loadError : phase === "paying" ? null : (cardMessage ?? placeError)

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements || phase !== "ready") {
      return
    }
    const accepted = new FormData(event.currentTarget)
    accepted.set("locale", locale)
    setCardMessage(null)
    setStep("paying")
    // The terms are recorded before the card is touched: Stripe's webhook may place the order first.
    const terms = await acceptTerms(accepted).catch((): FormState => ({ status: "error", message: texts.errors.generic }))
    if (terms.status === "error") {
      setCardMessage(terms.message ?? texts.errors.generic)
      setStep("ready")
      return
    }
    const confirmed = await confirmCard(stripe, elements, returnPath, texts.errors)
    if (!confirmed.authorized) {
      setCardMessage(confirmed.message)
      setStep("ready")
      return
    }
    const form = new FormData()
    form.set("locale", locale)
    // One transition: the button goes from "paying" to "placing" and is ready again only if the
    // order could not be placed.
    startTransition(() => {
      setStep("ready")
      placeOrder(form)
    })
  }

  return (
    <form className="card-payment" onSubmit={(event) => void pay(event)} data-testid="card-payment-form" aria-busy={busy || undefined}>
      <PaymentElement
        onReady={() => setStep((current) => (current === "loading" ? "ready" : current))}
        onLoadError={() => setStep("unavailable")}
        options={{ layout: "tabs" }}
      />
      {phase === "loading" ? <p className="card__meta">{texts.loading}</p> : null}
      {terms}
      <p className={message ? "form-message form-message--error" : "form-message"} role="alert" data-testid="card-payment-message" hidden={!message}>
        {message}
      </p>
      <button
        type="submit"
        className="button button--block"
        data-testid="card-place-order"
        disabled={phase !== "ready"}
        aria-busy={busy || undefined}
      >
        {phase === "paying" ? texts.paying : phase === "placing" ? texts.placing : texts.submit}
      </button>
    </form>
  )
}
