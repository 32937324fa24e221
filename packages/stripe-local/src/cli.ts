#!/usr/bin/env node
import { parseArgs } from "node:util"
import { createStripeLocalServer } from "./server"

/** `node packages/stripe-local/dist/cli.js --port 12111 --webhook-url … --webhook-secret …` (development only). */

const USAGE = `Usage: stripe-local [--port 12111] [--host 127.0.0.1] [--webhook-url URL --webhook-secret whsec_…]
                    [--publishable-key pk_test_…] [--secret-key sk_test_…] [--public-url http://localhost:12111]
A Stripe test double for development and tests. Never point production at it.`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "12111" },
      host: { type: "string", default: "127.0.0.1" },
      "webhook-url": { type: "string" },
      "webhook-secret": { type: "string" },
      "publishable-key": { type: "string" },
      "secret-key": { type: "string" },
      "public-url": { type: "string" },
      help: { type: "boolean", default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const server = await createStripeLocalServer({
    port: Number(values.port),
    host: values.host,
    webhookUrl: values["webhook-url"],
    webhookSecret: values["webhook-secret"],
    publishableKey: values["publishable-key"],
    secretKey: values["secret-key"],
    publicUrl: values["public-url"],
  })
  console.log(`stripe-local listening on ${server.url} (API ${server.url}/v1, Stripe.js ${server.url}/v3, control ${server.url}/_local/state)`)
  console.log(values["webhook-url"] ? `webhooks → ${values["webhook-url"]}` : "webhooks: none (no --webhook-url)")
  const stop = () => {
    void server.close().then(() => process.exit(0))
  }
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  console.error(USAGE)
  process.exit(1)
})
