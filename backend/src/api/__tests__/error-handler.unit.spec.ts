import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validationMessage } from "@tadamon/shared"
import { tadamonErrorHandler } from "../error-handler"

/** What the handler answered: status and body. */
function answer(error: unknown, { method = "POST", query = {}, headers = {} }: { method?: string; query?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
  const sent: { status?: number; body?: unknown } = {}
  const res = {
    headersSent: false,
    status(code: number) {
      sent.status = code
      return this
    },
    json(body: unknown) {
      sent.body = body
      return this
    },
  } as unknown as MedusaResponse
  const logger = { error: jest.fn(), info: jest.fn(), warn: jest.fn() }
  const req = {
    method,
    query,
    path: "/store/carts/cart_01",
    get: (name: string) => headers[name.toLowerCase()],
    scope: { resolve: () => logger },
  } as unknown as MedusaRequest
  tadamonErrorHandler(error, req, res, jest.fn())
  return sent
}

describe("the error handler", () => {
  it("answers values PostgreSQL cannot store or hold with a localized 400, not a 500", () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" })
    expect(answer(nul, { query: { locale: "fr" } })).toEqual({
      status: 400,
      body: {
        type: "invalid_data",
        message: validationMessage("invalid_characters", "body", "fr"),
        errors: [{ field: "body", code: "invalid_characters", message: validationMessage("invalid_characters", "body", "fr") }],
      },
    })
    for (const [message, code] of [["unsupported Unicode escape sequence", "22P05"], ["invalid message format", "08P01"]]) {
      const error = Object.assign(new Error(message), { code })
      expect(answer(error, { method: "GET" }).body).toMatchObject({ errors: [{ field: "query", code: "invalid_characters" }] })
    }
    const year = Object.assign(new Error('date/time field value out of range: "0000-01-01"'), { code: "22008" })
    expect(answer(year, { method: "GET", headers: { "x-medusa-locale": "en" } })).toMatchObject({
      status: 400,
      body: { errors: [{ field: "query", code: "value_out_of_range", message: "A value in Query parameters is outside what can be stored (a date or number too far out)." }] },
    })
  })

  it("answers a path that does not decode and a body that is not JSON with a localized 400", () => {
    expect(answer(new URIError("URI malformed")).body).toMatchObject({ errors: [{ field: "path", code: "malformed_encoding" }] })
    const parse = Object.assign(new SyntaxError("Unexpected end of JSON input"), { type: "entity.parse.failed", status: 400, statusCode: 400, expose: true })
    expect(answer(parse)).toMatchObject({ status: 400, body: { errors: [{ field: "body", code: "malformed_json", message: "«مضمون الطلب» ليس بصيغة JSON صحيحة." }] } })
  })

  it("leaves other errors to Medusa's handler", () => {
    expect(answer(new Error("boom"))).toEqual({ status: 500, body: { code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." } })
  })
})
