import type { Logger } from "@medusajs/framework/types"

export type StorefrontModuleOptions = {
  /** Where the storefront listens, e.g. http://localhost:8000. */
  url?: string
  /** Shared secret of the storefront's `POST /api/revalidate`; unset disables revalidation. */
  revalidateSecret?: string
}

type InjectedDependencies = { logger: Logger }

/**
 * Tells the Next.js storefront which cached catalog reads changed (its cache tags), so visitors
 * see an edit at once instead of after the cache's time limit.
 */
export default class StorefrontModuleService {
  protected readonly logger: Logger
  protected readonly options: StorefrontModuleOptions

  constructor({ logger }: InjectedDependencies, options: StorefrontModuleOptions = {}) {
    this.logger = logger
    this.options = options
  }

  isConfigured(): boolean {
    return !!(this.options.url && this.options.revalidateSecret)
  }

  /** Returns whether the storefront accepted the tags; never throws (the cache also expires on its own). */
  async revalidateTags(tags: string[]): Promise<boolean> {
    if (!this.isConfigured() || !tags.length) {
      return false
    }
    try {
      const response = await fetch(new URL("/api/revalidate", this.options.url), {
        method: "POST",
        headers: { authorization: `Bearer ${this.options.revalidateSecret}`, "content-type": "application/json" },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5000),
      })
      if (!response.ok) {
        this.logger.warn(`Storefront revalidation of ${tags.join(", ")} answered HTTP ${response.status}`)
      }
      return response.ok
    } catch (error) {
      this.logger.warn(`Storefront revalidation of ${tags.join(", ")} failed: ${(error as Error).message}`)
      return false
    }
  }
}
