import { THREE_DS_MESSAGE } from "../three-ds"
import { CARD_ELEMENT_SOURCE } from "./card-element"
import { RUNTIME_SOURCE } from "./runtime"

/**
 * The Stripe.js stand-in served at `GET /v3` (and `GET /<release>/stripe.js`). It finds the
 * server's origin from its own script URL (falling back to the Host the request came in on).
 */
export function stripeJsSource(options: { version: string | number; fallbackOrigin: string }): string {
  return `/* stripe-local: a test stand-in for Stripe.js (development and tests only, never production). */
(function () {
  "use strict";
  if (window.Stripe && window.Stripe.__stripeLocal) { return; }
  var FALLBACK_ORIGIN = ${JSON.stringify(options.fallbackOrigin)};
  var ORIGIN = (function () {
    try {
      var script = document.currentScript;
      return script && script.src ? new URL(script.src, window.location.href).origin : FALLBACK_ORIGIN;
    } catch (error) {
      return FALLBACK_ORIGIN;
    }
  })();
  var THREE_DS_MESSAGE = ${JSON.stringify(THREE_DS_MESSAGE)};
${CARD_ELEMENT_SOURCE}
${RUNTIME_SOURCE}
  Stripe.version = ${JSON.stringify(options.version)};
  Stripe.__stripeLocal = true;
  window.Stripe = Stripe;
})();
`
}
