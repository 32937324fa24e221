"use client"

import dynamic from "next/dynamic"
import type { CardPaymentProps } from "./card-payment-form"

/**
 * The card form, in its own chunk: Stripe's libraries (and Stripe.js itself, which they load)
 * reach the browser only when the checkout shows a card payment, never with the catalog pages.
 * It renders in the browser only: there is nothing to server-render before Stripe.js is there.
 */
const CardPaymentForm = dynamic(() => import("./card-payment-form"), {
  ssr: false,
  loading: () => <div className="card-payment__placeholder" aria-hidden="true" />,
})

export function CardPayment(props: CardPaymentProps) {
  return <CardPaymentForm {...props} />
}
