import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The only place that reads infrastructure settings from the environment.
 * With REDIS_URL unset, Medusa's in-memory event bus, workflow engine and locking stand in.
 */
const env = process.env
// The Translation Module's read-only links look at the variable itself, not only at the flag below.
env.MEDUSA_FF_TRANSLATION ??= "true"
const redisUrl = env.REDIS_URL || undefined
const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`
const workerMode = (["shared", "server", "worker"] as const).find((mode) => mode === env.MEDUSA_WORKER_MODE) ?? "shared"
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"

const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: env.STORE_CORS || storefrontUrl,
      adminCors: env.ADMIN_CORS || backendUrl,
      authCors: env.AUTH_CORS || `${backendUrl},${storefrontUrl}`,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
    // Production session cookies are Secure (HTTPS only); `npm start` and the tests serve plain
    // http on localhost and say so with COOKIE_SECURE=false.
    ...(env.COOKIE_SECURE === "false" ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    path: "/app",
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    // Same origin by default, so one build serves on any host and port.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: {
    translation: true,
    caching: !!redisUrl,
  },
  modules: [
    { resolve: "./src/modules/cooperative" },
    {
      resolve: "./src/modules/storefront",
      options: {
        url: env.STOREFRONT_REVALIDATE_URL || storefrontUrl,
        revalidateSecret: env.STOREFRONT_REVALIDATE_SECRET,
      },
    },
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [{ resolve: "./src/modules/cash-on-delivery", id: "cod" }],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static", backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
