import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { unsubscribeToken } from "../../../domain/favourites/digest"
import { renderFavouritesDigestEmail } from "../../../emails/favourites-digest"
import { EMAIL_CHANNEL, storefrontUrl } from "../../notification/storefront-url"
import { digestSecret } from "../utils/digest-secret"
import type { FavouritesDigest } from "./collect-favourites-digests"

export const FAVOURITES_DIGEST_TEMPLATE = "favourites-digest"

/**
 * One email per digest, in its language, with the customer's unsubscribe link. The idempotency key
 * names the customer and the week, so a rerun of the same week sends nothing twice.
 */
export const renderFavouritesDigestEmailsStep = createStep(
  "render-favourites-digest-emails",
  async (input: { digests: FavouritesDigest[]; now: Date }, { container }) => {
    const url = storefrontUrl(container)
    const secret = digestSecret(container)
    const week = Math.floor(new Date(input.now).getTime() / (7 * 24 * 60 * 60 * 1000))
    const notifications: SendNotificationsStepInput = input.digests.map((digest) => ({
      to: digest.email,
      channel: EMAIL_CHANNEL,
      template: FAVOURITES_DIGEST_TEMPLATE,
      content: renderFavouritesDigestEmail({ ...digest, unsubscribeToken: unsubscribeToken(digest.customer_id, secret) }, url),
      data: { locale: digest.locale },
      trigger_type: "favourites.digest",
      resource_type: "customer",
      resource_id: digest.customer_id,
      receiver_id: digest.customer_id,
      idempotency_key: `${FAVOURITES_DIGEST_TEMPLATE}:${digest.customer_id}:${week}`,
    }))
    return new StepResponse(notifications)
  }
)
