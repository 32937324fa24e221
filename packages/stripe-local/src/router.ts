import type { Params } from "./form"
import type { Context } from "./payment-methods"

/** A small method + path-pattern router (the `/v1` API and the `/_local` control API). */

export interface Auth {
  kind: "secret" | "publishable"
  key: string
}

export interface ApiRequest {
  method: string
  params: Params
  path: Record<string, string>
  auth: Auth
  ctx: Context
}

/** A handler result that is not JSON (an HTML page, a redirect). */
export class RawResponse {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly body: string
  ) {}
}

export interface Route<Request = ApiRequest> {
  method: "GET" | "POST" | "DELETE"
  pattern: string
  handler: (request: Request) => unknown
  /** Callable with a publishable key; the handler then checks the client secret itself. */
  publishable?: boolean
}

export interface Match<Request> {
  route: Route<Request>
  path: Record<string, string>
}

export class Router<Request = ApiRequest> {
  private readonly routes: Array<Route<Request>> = []

  add(routes: Array<Route<Request>>): this {
    this.routes.push(...routes)
    return this
  }

  match(method: string, pathname: string): Match<Request> | undefined {
    const segments = pathname.split("/").filter(Boolean)
    for (const route of this.routes) {
      if (route.method !== method) {
        continue
      }
      const parts = route.pattern.split("/").filter(Boolean)
      if (parts.length !== segments.length) {
        continue
      }
      const path: Record<string, string> = {}
      const matches = parts.every((part, index) => {
        if (part.startsWith(":")) {
          path[part.slice(1)] = decodeURIComponent(segments[index])
          return true
        }
        return part === segments[index]
      })
      if (matches) {
        return { route, path }
      }
    }
    return undefined
  }
}
