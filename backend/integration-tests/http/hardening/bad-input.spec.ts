import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { validationMessage, vendorValidationMessage } from "@tadamon/shared"
import type { StoreFixture } from "../../fixtures/catalog"
import { TAOUNATE_ADDRESS, type Shop } from "../../fixtures/checkout"
import { PDF } from "../../fixtures/cooperative-portal"
import { dayFromToday, editionInput } from "../../fixtures/market"
import { createRecords, databaseFingerprint, fieldsOf, registeringToken, sender, type Headers, type Knex } from "./bad-input"

// Bad input as the issue reported it, one case at a time. The corpus sent to every route is in
// bad-input-corpus.spec.ts and the tricks with a path's case in bad-input-case.spec.ts: each file
// starts its own application, so jest runs them on separate workers.

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let shop: Shop
    let productId: string
    let cartId: string
    let customer: Headers
    let member: Headers
    let organizer: Headers
    let edition: { id: string; handle: string }

    const send = sender(api)
    const json = (method: string, url: string, body: unknown, headers: Headers) => send({ method, url, body: JSON.stringify(body), headers })

    const storeHeaders = (extra: Headers = {}) => ({ ...store.storeHeaders.headers, ...extra })
    const knex = (): Knex => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    // One set of records for every test: the runner snapshots the database after beforeAll and restores it before each test.
    beforeAll(async () => {
      ;({ store, shop, productId, cartId, customer, member, organizer, edition } = await createRecords(getContainer(), api))
    })

    describe("what the issue found", () => {
      it("refuses a NUL or half a surrogate pair in a write with a 400 naming the field, in the reader's language, and writes nothing", async () => {
        const before = await databaseFingerprint(knex())
        const address = { ...TAOUNATE_ADDRESS, first_name: "a\u0000b" }

        const arabic = await json("POST", `/store/carts/${cartId}`, { shipping_address: address }, store.storeHeaders.headers)
        const french = await json("POST", `/store/carts/${cartId}?locale=fr`, { shipping_address: address }, store.storeHeaders.headers)
        const english = await json("POST", `/store/carts/${cartId}`, { shipping_address: address }, storeHeaders({ "x-medusa-locale": "en" }))
        for (const [answer, locale] of [[arabic, "ar"], [french, "fr"], [english, "en"]] as const) {
          expect(answer.status).toBe(400)
          expect(answer.data).toEqual({
            type: "invalid_data",
            message: validationMessage("invalid_characters", "shipping_address.first_name", locale),
            errors: [
              {
                field: "shipping_address.first_name",
                code: "invalid_characters",
                message: validationMessage("invalid_characters", "shipping_address.first_name", locale),
              },
            ],
          })
        }
        expect((arabic.data as { message: string }).message).toBe(
          "«الاسم الشخصي» يحتوي على حرف لا يمكن قراءته ولا حفظه (حرف فارغ أو حرف يونيكود ناقص): احذفه."
        )

        const writes: Array<[string, string, unknown, Headers, string]> = [
          ["POST", `/store/carts/${cartId}/line-items`, { variant_id: shop.variants["miel-thym"], quantity: 1, metadata: { note: "\ud800x" } }, customer, "metadata.note"],
          ["POST", "/store/carts", { region_id: store.regionId, email: "a\u0000@example.ma" }, store.storeHeaders.headers, "email"],
          ["POST", "/store/customers/me/addresses", { ...TAOUNATE_ADDRESS, address_1: "12 زنقة\u0000" }, customer, "address_1"],
          ["POST", "/store/customers/me", { metadata: { "\ud83d": "x" } }, customer, "metadata.\uFFFD"],
          [
            "POST",
            "/vendor/products",
            { title: "Miel\u0000", option_title: "Poids", variants: [{ option_value: "500 g", price: 150 }] },
            member,
            "title",
          ],
          ["POST", `/vendor/products/${productId}`, { translations: { fr: { title: "Miel \udc00" } } }, member, "translations.fr.title"],
          ["POST", "/vendor/documents", { type: "other", label_name: "x\u0000", file_url: "https://example.ma/x.pdf" }, member, "label_name"],
          ["POST", "/admin/editions", editionInput({ name: { ar: "سوق", fr: "Marché \ud800", en: "Market" } }), organizer, "name.fr"],
          ["POST", `/admin/editions/${edition.id}`, { venue: { ar: "x", fr: "x\u0000", en: "x" } }, organizer, "venue.fr"],
          ["POST", "/admin/settlement/commission", { overrides: [{ cooperative_id: `${shop.cooperative.id}\u0000`, rate: 5 }] }, organizer, "overrides.0.cooperative_id"],
          [
            "POST",
            "/admin/settlement/payouts",
            { cooperative_id: shop.cooperative.id, amount: 10, paid_at: dayFromToday(0), method: "cash", reference: "R\u0000" },
            organizer,
            "reference",
          ],
        ]
        for (const [method, url, body, headers, field] of writes) {
          const answer = await json(method, url, body, headers)
          expect({ url, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ url, status: 400, errors: [`${field}:invalid_characters`] })
        }
        expect(await databaseFingerprint(knex())).toEqual(before)
      })

      it("refuses %00 and broken percent-encoding in a path or query, a locale given as a list, and a body that is not JSON with a 400 at once", async () => {
        const cases: Array<[string, Headers, string]> = [
          ["/vendor/orders/%00", member, "path:invalid_characters"],
          ["/store/order-groups/%ZZ", store.storeHeaders.headers, "path:malformed_encoding"],
          ["/store/products/%ZZ", store.storeHeaders.headers, "path:malformed_encoding"],
          ["/store/products/%E0%A4%A", store.storeHeaders.headers, "path:malformed_encoding"],
          ["/store/products?q=honey%00", store.storeHeaders.headers, "q:invalid_characters"],
          ["/admin/cooperatives?q=%ZZ", organizer, "q:malformed_encoding"],
          ["/store/products?a.b.c=1", store.storeHeaders.headers, "a.b.c:invalid_value"],
        ]
        for (const [url, headers, error] of cases) {
          const answer = await send({ method: "GET", url, headers })
          expect({ url, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ url, status: 400, errors: [error] })
        }
        const french = await send({ method: "GET", url: "/store/products/%ZZ?locale=fr", headers: store.storeHeaders.headers })
        expect((french.data as { message: string }).message).toBe(validationMessage("malformed_encoding", "path", "fr"))

        // Medusa's locale middleware throws on these and never answers: the guard answers first.
        const paths = ["/store/regions", "/store/products", "/store/cooperatives", `/store/carts/${cartId}/cooperative-shipping`]
        for (const path of paths) {
          for (const query of ["locale[]=a&locale[]=b", "locale[x]=1", "locale=fr&locale=en"]) {
            const answer = await send({ method: "GET", url: `${path}?${query}`, headers: store.storeHeaders.headers })
            expect({ path, query, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ path, query, status: 400, errors: ["locale:single_value"] })
          }
        }
        // A locale given once still reaches Medusa's locale middleware and the routes.
        const regions = await send({ method: "GET", url: "/store/regions?locale=fr", headers: store.storeHeaders.headers })
        expect(regions.status).toBe(200)

        const notJson = await send({ method: "POST", url: `/store/carts/${cartId}?locale=en`, body: '{"email": ', headers: store.storeHeaders.headers })
        expect(notJson.status).toBe(400)
        expect(notJson.data).toMatchObject({ errors: [{ field: "body", code: "malformed_json", message: "Request body is not valid JSON." }] })
      })

      it("refuses extreme dates in report and earnings filters with a 400 naming the field", async () => {
        const organizerCases: Array<[string, string[]]> = [
          ["/admin/reports/sales?from=0000-01-01&to=0000-01-31", ["from", "to"]],
          ["/admin/reports/sales?from=9999-12-01&to=9999-12-31", ["from", "to"]],
          ["/admin/reports/sales/export.csv?to=9999-12-31", ["to"]],
          [`/admin/settlement/cooperatives/${shop.cooperative.id}/statement?from=0000-01-01`, ["from"]],
        ]
        for (const [url, fields] of organizerCases) {
          const answer = await send({ method: "GET", url, headers: organizer })
          const named = fieldsOf(answer.data).map((entry) => entry.split(":")[0])
          expect({ url, status: answer.status, named }).toEqual({ url, status: 400, named: fields })
        }
        for (const path of ["/vendor/earnings", "/vendor/earnings/export.csv", "/vendor/earnings/series"]) {
          const answer = await send({ method: "GET", url: `${path}?from=0000-01-01&to=9999-12-31&locale=fr`, headers: member })
          expect({ path, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ path, status: 400, errors: ["from:too_small", "to:too_large"] })
          expect((answer.data as { message: string }).message).toContain(vendorValidationMessage("too_small", "from", "fr"))
        }
        const inRange = await send({ method: "GET", url: `/vendor/earnings?from=${dayFromToday(-30)}&to=${dayFromToday(0)}`, headers: member })
        expect(inRange.status).toBe(200)
      })

      it("refuses a date filter PostgreSQL cannot read, at any depth of the query, with a 400 naming it; dates it can still filter", async () => {
        const cases: Array<[string, string]> = [
          ["/store/products?created_at=abc", "created_at:invalid_value"],
          ["/store/products?created_at=", "created_at:invalid_value"],
          ["/store/product-tags?updated_at[$like]=2026-01-01", "updated_at:invalid_value"],
          ["/store/collections?created_at[$gte]=0000-01-01", "created_at:value_out_of_range"],
          ["/store/product-categories?created_at[$in][]=2026-02-30", "created_at:value_out_of_range"],
          ["/store/product-variants?updated_at[$lt]=2026-01-01T25:00:00Z", "updated_at:value_out_of_range"],
          ["/store/products?variants[created_at][$lt]=20000-01-01", "variants.created_at:invalid_value"],
          ["/store/products?$or[0][deleted_at][$gte]=0000-01-01", "$or.0.deleted_at:value_out_of_range"],
        ]
        for (const [url, error] of cases) {
          const answer = await send({ method: "GET", url, headers: store.storeHeaders.headers })
          expect({ url, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ url, status: 400, errors: [error] })
        }
        const french = await send({ method: "GET", url: "/store/products?created_at=abc&locale=fr", headers: store.storeHeaders.headers })
        expect((french.data as { message: string }).message).toBe(validationMessage("invalid_value", "created_at", "fr"))

        for (const url of [
          "/store/products?created_at[$gte]=2000-01-01T00:00:00.000Z&updated_at[$lte]=9999-12-31",
          "/store/products?created_at[$lt]=2099-12-31+23:59:59%2B01:00",
          "/store/products?created_at[$in][]=2000-01-01&created_at[$in][]=2000-02-29T10:00",
          `/store/products/${productId}?created_at[$lte]=2099-12-31`,
        ]) {
          const answer = await send({ method: "GET", url, headers: store.storeHeaders.headers })
          expect({ url, status: answer.status }).toEqual({ url, status: 200 })
        }
      })

      it("refuses a NUL or half a surrogate pair in an upload's form fields, and a NUL or control character in a file's name, with a 400 naming the field; stores nothing", async () => {
        const registering = { authorization: `Bearer ${await registeringToken(getContainer(), "uploader@coop.test")}` }
        type Part = { name: string; value: string } | { name: string; file: string }
        /** A multipart body as a browser's FormData writes it. */
        const form = (parts: Part[]) => {
          const data = new FormData()
          for (const part of parts) {
            if ("file" in part) {
              data.append(part.name, new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), part.file)
            } else {
              data.append(part.name, part.value)
            }
          }
          return data
        }
        /**
         * A multipart body written byte for byte, its parts' headers as given: FormData cannot send
         * half a surrogate pair (it writes U+FFFD), but a part may declare UTF-16, which multer decodes.
         */
        const BOUNDARY = "tadamon-bad-input"
        const raw = (parts: Array<{ headers: string[]; content: Buffer }>) => ({
          data: Buffer.concat([
            ...parts.flatMap(({ headers, content }) => [Buffer.from(`--${BOUNDARY}\r\n${headers.join("\r\n")}\r\n\r\n`), content, Buffer.from("\r\n")]),
            Buffer.from(`--${BOUNDARY}--\r\n`),
          ]),
          contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        })
        const document = { headers: ['Content-Disposition: form-data; name="kind"'], content: Buffer.from("document") }
        const pdfPart = (disposition: string) => ({ headers: [`Content-Disposition: form-data; name="files"; ${disposition}`, "Content-Type: application/pdf"], content: PDF })

        const upload = async (headers: Headers, body: FormData | { data: Buffer; contentType: string }, query = "") => {
          const answer = await api.request({
            method: "POST",
            url: `/vendor/uploads${query}`,
            data: body instanceof FormData ? body : body.data,
            headers: body instanceof FormData ? headers : { ...headers, "content-type": body.contentType },
            validateStatus: () => true,
          })
          return { status: answer.status, data: answer.data as unknown }
        }

        const before = await databaseFingerprint(knex())
        // FormData writes a file's name as it is but for CR, LF and `"` (as %0D, %0A, %22, which multer
        // decodes); busboy refuses a part header holding any other control character, a 400 on `files`.
        // RFC 5987 names (`filename*=utf-8''…`) are percent-decoded: the guard reads what they hold.
        const cases: Array<[string, Headers, FormData | ReturnType<typeof raw>, string]> = [
          ["NUL in kind", member, form([{ name: "kind", value: "document\u0000" }, { name: "files", file: "onssa.pdf" }]), "kind:invalid_characters"],
          ["NUL in kind, registering", registering, form([{ name: "kind", value: "doc\u0000ument" }, { name: "files", file: "onssa.pdf" }]), "kind:invalid_characters"],
          [
            "NUL in another field",
            member,
            form([{ name: "kind", value: "document" }, { name: "label", value: "a\u0000" }, { name: "files", file: "onssa.pdf" }]),
            "label:invalid_characters",
          ],
          [
            "half a surrogate pair in kind",
            member,
            raw([{ headers: ['Content-Disposition: form-data; name="kind"', "Content-Type: text/plain; charset=utf-16le"], content: Buffer.from("document\ud800", "utf16le") }, pdfPart('filename="onssa.pdf"')]),
            "kind:invalid_characters",
          ],
          ["NUL in a file name", registering, raw([document, pdfPart("filename*=utf-8''onssa%00.pdf")]), "files.0:invalid_characters"],
          ["an escape sequence in a file name", member, raw([document, pdfPart("filename*=utf-8''onssa%1B%5B2J.pdf")]), "files.0:invalid_characters"],
          ["DEL in a file name", member, raw([document, pdfPart("filename*=utf-8''onssa%7F.pdf")]), "files.0:invalid_characters"],
          ["half a surrogate pair in a file name", member, raw([document, pdfPart("filename*=utf-16le''o%00%00%D8.%00p%00d%00f%00")]), "files.0:invalid_characters"],
          [
            "a line break in the second file's name",
            member,
            form([{ name: "kind", value: "document" }, { name: "files", file: "onssa.pdf" }, { name: "files", file: "rc\n.pdf" }]),
            "files.1:invalid_characters",
          ],
          ["NUL in a file name, as FormData writes it", member, form([{ name: "kind", value: "document" }, { name: "files", file: "onssa\u0000.pdf" }]), "files:invalid_value"],
          ["ESC in a file name, as FormData writes it", registering, form([{ name: "kind", value: "document" }, { name: "files", file: "onssa\u001b[2J.pdf" }]), "files:invalid_value"],
        ]
        for (const [name, headers, body, error] of cases) {
          const answer = await upload(headers, body)
          expect({ name, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ name, status: 400, errors: [error] })
        }
        expect(await databaseFingerprint(knex())).toEqual(before)

        // In the reader's language; a file is quoted by its name, the unreadable character shown as U+FFFD.
        const french = await upload(member, form([{ name: "kind", value: "document\u0000" }, { name: "files", file: "onssa.pdf" }]), "?locale=fr")
        expect(french.data).toEqual({
          type: "invalid_data",
          message: validationMessage("invalid_characters", "kind", "fr"),
          errors: [{ field: "kind", code: "invalid_characters", message: validationMessage("invalid_characters", "kind", "fr") }],
        })
        const arabic = await upload(member, raw([document, pdfPart("filename*=utf-8''onssa%07.pdf")]))
        expect((arabic.data as { message: string }).message).toBe(validationMessage("invalid_characters", "onssa\uFFFD.pdf", "ar"))

        // A name in Arabic or French, with spaces and a percent sign, is a name like any other.
        const fine = await upload(member, form([{ name: "kind", value: "document" }, { name: "files", file: "شهادة أونسا 100%.pdf" }, { name: "files", file: "Attestation été.pdf" }]))
        expect({ status: fine.status, kind: (fine.data as { files?: Array<{ kind: string }> }).files?.[0]?.kind }).toEqual({ status: 200, kind: "document" })
      })
    })
  },
})
