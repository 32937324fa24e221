import type { PaymentIntent } from "./objects"

/**
 * The 3-D Secure challenge page (`GET /_local/3ds/:pi_id`), shown by the Stripe.js stand-in in a
 * modal iframe or reached through a `redirect_to_url` next action. Two buttons complete or fail
 * authentication; the result page tells the parent window (postMessage) or redirects to the
 * `return_url` with Stripe's query parameters.
 */

export const THREE_DS_MESSAGE = "stripe-local-3ds-result"

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c")
}

function formatAmount(intent: PaymentIntent): string {
  return `${intent.currency.toUpperCase()} ${(intent.amount / 100).toFixed(2)}`
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 24px; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 420px; margin-inline: auto; background: #fff; border-radius: 8px; padding: 24px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  h1 { font-size: 1.2rem; margin-block-start: 0; }
  .actions { display: flex; gap: 12px; margin-block-start: 16px; }
  button { font: inherit; padding: 10px 16px; border-radius: 6px; border: 1px solid #c4c9d4; cursor: pointer; }
  .complete { background: #0a7c42; color: #fff; border-color: #0a7c42; }
  .fail { background: #fff; color: #b3261e; border-color: #b3261e; }
  small { color: #5b6275; }
</style>
</head>
<body><main>${body}</main></body>
</html>`
}

function returnQuery(returnUrl: string | undefined): string {
  return returnUrl ? `?return_url=${encodeURIComponent(returnUrl)}` : ""
}

export function challengePage(intent: PaymentIntent, returnUrl: string | undefined): string {
  if (intent.status !== "requires_action") {
    return resultPage(intent, undefined)
  }
  const base = `/_local/3ds/${encodeURIComponent(intent.id)}`
  return page(
    "3-D Secure authentication (test)",
    `<h1>3-D Secure authentication</h1>
<p>Authenticate the payment of <strong>${escapeHtml(formatAmount(intent))}</strong>.</p>
<div class="actions">
  <form method="post" action="${base}/complete${escapeHtml(returnQuery(returnUrl))}">
    <button type="submit" class="complete" data-testid="stripe-3ds-complete">Complete authentication</button>
  </form>
  <form method="post" action="${base}/fail${escapeHtml(returnQuery(returnUrl))}">
    <button type="submit" class="fail" data-testid="stripe-3ds-fail">Fail authentication</button>
  </form>
</div>
<p><small>stripe-local test double (${escapeHtml(intent.id)}): no real bank is involved.</small></p>`
  )
}

function succeeded(intent: PaymentIntent): boolean {
  return ["succeeded", "requires_capture", "processing"].includes(intent.status)
}

/** Where a redirect-based confirmation lands afterwards, with Stripe's query parameters. */
export function returnLocation(intent: PaymentIntent, returnUrl: string): string {
  const url = new URL(returnUrl)
  url.searchParams.set("payment_intent", intent.id)
  url.searchParams.set("payment_intent_client_secret", intent.client_secret)
  url.searchParams.set("redirect_status", succeeded(intent) ? "succeeded" : "failed")
  return url.toString()
}

export function resultPage(intent: PaymentIntent, returnUrl: string | undefined): string {
  const message = {
    type: THREE_DS_MESSAGE,
    payment_intent: intent.id,
    status: intent.status,
    location: returnUrl ? returnLocation(intent, returnUrl) : null,
  }
  const outcome = succeeded(intent) ? "Authentication complete." : "Authentication failed or the payment was declined."
  return page(
    "3-D Secure result (test)",
    `<h1>3-D Secure authentication</h1>
<p role="status" data-testid="stripe-3ds-result">${escapeHtml(outcome)} Payment status: ${escapeHtml(intent.status)}.</p>
<script>
  (function () {
    var message = ${scriptJson(message)};
    if (window.parent && window.parent !== window) { window.parent.postMessage(message, "*"); }
    else if (message.location) { window.location.replace(message.location); }
  })();
</script>`
  )
}
