import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STOREFRONT_NAME } from "./seed-data/store"

/**
 * Prints the storefront's publishable API key as one `PUBLISHABLE_KEY=<token>` line on stdout and
 * exits non-zero when the seed has not created it. Medusa logs to stdout too; with
 * `LOG_LEVEL=error` the key line is the only output:
 *
 *   LOG_LEVEL=error npx medusa exec ./src/scripts/publishable-key.ts
 */
export default async function printPublishableKey({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token", "revoked_at", "created_at"],
    filters: { title: STOREFRONT_NAME, type: "publishable" },
  })
  const key = data.find((candidate) => !candidate.revoked_at)
  if (!key) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No publishable API key titled "${STOREFRONT_NAME}": run the seed first`)
  }
  process.stdout.write(`PUBLISHABLE_KEY=${key.token}\n`)
}
