import Medusa from "@medusajs/js-sdk"

/** The Admin extensions' one SDK instance: same origin as the Admin, the organizer's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
