/**
 * The production secrets rule of medusa-config.ts: the server refuses to start with a missing,
 * default or short JWT or cookie secret when NODE_ENV is production, and runs with real ones.
 */
describe("medusa-config in production", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  const load = () => {
    let config: unknown
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the config for each environment, which only require() inside isolateModules gives
      config = require("../../medusa-config")
    })
    return config as { projectConfig: { http: { jwtSecret?: string; cookieSecret?: string } } }
  }
  const real = "0123456789abcdef0123456789abcdef"

  it.each([
    ["no secrets", {}],
    ["Medusa's default", { JWT_SECRET: "supersecret", COOKIE_SECRET: real }],
    ["a short cookie secret", { JWT_SECRET: real, COOKIE_SECRET: "short" }],
  ])("refuses to start with %s", (_case, secrets: Record<string, string>) => {
    process.env.NODE_ENV = "production"
    delete process.env.JWT_SECRET
    delete process.env.COOKIE_SECRET
    Object.assign(process.env, secrets)
    expect(load).toThrow(/at least 32 characters in production/)
  })

  it("starts with real secrets, and leaves development to Medusa's own default", () => {
    process.env.NODE_ENV = "production"
    process.env.JWT_SECRET = real
    process.env.COOKIE_SECRET = `${real}-cookie`
    expect(load().projectConfig.http).toEqual(expect.objectContaining({ jwtSecret: real, cookieSecret: `${real}-cookie` }))
    process.env.NODE_ENV = "test"
    delete process.env.JWT_SECRET
    delete process.env.COOKIE_SECRET
    expect(load().projectConfig.http.jwtSecret).toBeUndefined()
  })
})
