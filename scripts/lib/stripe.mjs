// The Stripe test double (packages/stripe-local) for `npm test` and, on request, `npm start`.
// Never a production path: with real keys (STRIPE_API_KEY…) the backend talks to Stripe itself.
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { ROOT } from "./deps.mjs"
import { onExit } from "./proc.mjs"

export const LOCAL_STRIPE_KEYS = {
  secretKey: "sk_test_tadamon_local",
  publishableKey: "pk_test_tadamon_local",
  webhookSecret: "whsec_tadamon_local",
}

/** Starts the double; returns the backend's and the storefront's Stripe settings for it. */
export async function startLocalStripe({ port, backendUrl }) {
  const entry = pathToFileURL(join(ROOT, "packages", "stripe-local", "dist", "index.js")).href
  const { createStripeLocalServer } = await import(entry)
  const server = await createStripeLocalServer({
    port,
    host: "127.0.0.1",
    publicUrl: `http://localhost:${port}`,
    webhookUrl: `${backendUrl}/hooks/payment/stripe_stripe`,
    webhookSecret: LOCAL_STRIPE_KEYS.webhookSecret,
    secretKey: LOCAL_STRIPE_KEYS.secretKey,
    publishableKey: LOCAL_STRIPE_KEYS.publishableKey,
  })
  onExit(() => server.close())
  const url = `http://localhost:${port}`
  return {
    url,
    backend: {
      STRIPE_API_KEY: LOCAL_STRIPE_KEYS.secretKey,
      STRIPE_WEBHOOK_SECRET: LOCAL_STRIPE_KEYS.webhookSecret,
      STRIPE_API_BASE: url,
    },
    storefront: {
      STRIPE_PUBLISHABLE_KEY: LOCAL_STRIPE_KEYS.publishableKey,
      STRIPE_JS_URL: `${url}/endive/stripe.js`,
    },
  }
}
