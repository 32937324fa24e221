import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative } from "../../../fixtures/catalog"
import { failed, inDays, PDF, PNG, upload } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"

jest.setTimeout(180 * 1000)

/**
 * A stand-in for an S3-compatible bucket (path-style): keeps each object with the ACL it was put
 * with, and serves a private object only on a presigned request (SigV4 query parameters).
 */
type StoredObject = { body: Buffer; acl: string; contentType: string }
const objects = new Map<string, StoredObject>()
const requests: string[] = []
const bucket = server()

function server(): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://s3.test")
    const key = decodeURIComponent(url.pathname)
    requests.push(`${req.method} ${url.pathname}${url.search}`)
    if (req.method === "PUT") {
      const chunks: Buffer[] = []
      req.on("data", (chunk: Buffer) => chunks.push(chunk))
      req.on("end", () => {
        objects.set(key, { body: Buffer.concat(chunks), acl: String(req.headers["x-amz-acl"] ?? "private"), contentType: String(req.headers["content-type"] ?? "") })
        res.writeHead(200, { ETag: `"${objects.size}"` }).end()
      })
      return
    }
    const object = objects.get(key)
    const signed = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-Expires"].every((name) => url.searchParams.has(name))
    if (req.method !== "GET" || !object) {
      return res.writeHead(404).end()
    }
    if (object.acl !== "public-read" && !signed) {
      return res.writeHead(403).end()
    }
    res.writeHead(200, { "Content-Type": object.contentType }).end(object.body)
  })
}

const saved: Record<string, string | undefined> = {}

beforeAll(async () => {
  await new Promise<void>((resolve) => bucket.listen(0, "127.0.0.1", resolve))
  const endpoint = `http://127.0.0.1:${(bucket.address() as AddressInfo).port}`
  // Read by medusa-config.ts when the test runner loads it, right after this.
  const env = {
    S3_BUCKET: "tadamon",
    S3_REGION: "us-east-1",
    S3_ENDPOINT: endpoint,
    S3_FILE_URL: `${endpoint}/tadamon`,
    S3_ACCESS_KEY_ID: "test-key",
    S3_SECRET_ACCESS_KEY: "test-secret",
  }
  for (const [name, value] of Object.entries(env)) {
    saved[name] = process.env[name]
    process.env[name] = value
  }
})

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = value
    }
  }
  await new Promise((resolve) => bucket.close(resolve))
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("keeps documents private in the bucket, readable through a 5-minute signed URL by members and organizers; photos public", async () => {
      const container = getContainer()
      const cooperative = await createCooperative(container, { handle: `s3-${Date.now()}` })
      const { headers } = await createMember(container, cooperative.id)
      const outsider = await createMember(container, (await createCooperative(container, { handle: `s3-other-${Date.now()}` })).id)
      const { adminHeaders } = await createOrganizer(container)

      const [photo] = await upload(api, headers, [{ name: "jar.png", content: PNG }])
      expect(photo).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tadamon\/jar-.+\.png$/)
      expect(Buffer.from(await (await fetch(photo)).arrayBuffer()).equals(PNG)).toBe(true)

      const content = Buffer.concat([PDF, Buffer.from(`% s3-${Date.now()}\n`)])
      const [fileId] = await upload(api, headers, [{ name: "onssa.pdf", content }])
      const stored = objects.get(`/tadamon/${fileId}`)
      expect(stored).toEqual(expect.objectContaining({ acl: "private", contentType: "application/pdf" }))
      // Its plain URL on the bucket answers nothing.
      expect((await fetch(`${process.env.S3_FILE_URL}/${fileId}`)).status).toBe(403)

      const { data } = await api.post("/vendor/documents", { type: "sanitary_authorisation", valid_until: inDays(60), file_url: fileId }, headers)
      const paths = [
        { path: `/vendor/documents/${data.document.id}/file`, reader: headers },
        { path: `/admin/cooperatives/${cooperative.id}/documents/${data.document.id}/file`, reader: adminHeaders },
      ]
      for (const { path, reader } of paths) {
        const redirect = await api.get(path, { ...reader, maxRedirects: 0, validateStatus: () => true })
        expect([path, redirect.status, redirect.headers["cache-control"]]).toEqual([path, 302, "private, no-store"])
        const signed = new URL(redirect.headers.location)
        expect(signed.pathname).toBe(`/tadamon/${fileId}`)
        expect(signed.searchParams.get("X-Amz-Expires")).toBe("300")
        expect(signed.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/)
        expect(Buffer.from(await (await fetch(signed)).arrayBuffer()).equals(content)).toBe(true)
      }
      expect((await api.get(paths[0].path).catch(failed)).status).toBe(401)
      expect((await api.get(paths[0].path, outsider.headers).catch(failed)).status).toBe(404)
      expect(requests.filter((request) => request.startsWith("GET") && request.includes(fileId) && !request.includes("X-Amz-Signature"))).toHaveLength(1)
    })
  },
})
