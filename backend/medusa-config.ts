import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { realpathSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

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
/**
 * The JWT and cookie secrets. In production (`NODE_ENV=production`: `npm start`, the containers) a
 * missing, default or short secret stops the server before it signs anything; `npm start` generates
 * real ones in `.data/secrets.json`. Elsewhere (tests, `medusa develop`) Medusa's own default applies,
 * with its warning.
 */
function productionSecret(name: "JWT_SECRET" | "COOKIE_SECRET"): string | undefined {
  const value = env[name] || undefined
  if (env.NODE_ENV === "production" && (!value || value === "supersecret" || value.length < 32)) {
    throw new Error(
      `${name} must be a random secret of at least 32 characters in production (e.g. \`openssl rand -hex 32\`); \`npm start\` generates one in .data/secrets.json`
    )
  }
  return value
}
const workerMode = (["shared", "server", "worker"] as const).find((mode) => mode === env.MEDUSA_WORKER_MODE) ?? "shared"
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"

/**
 * Email: through SMTP when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS), from
 * SMTP_FROM; otherwise Medusa's local provider logs each email instead of sending it. The admin's
 * `feed` channel keeps Medusa's default local provider.
 */
const smtpUrl = env.SMTP_URL || undefined
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local Notification Provider", channels: ["feed"] },
      },
      smtpUrl
        ? {
            resolve: "./src/modules/smtp-notification",
            id: "smtp",
            options: { channels: ["email"], url: smtpUrl, from: env.SMTP_FROM || "Tadamon <no-reply@tadamon.ma>" },
          }
        : { resolve: "@medusajs/medusa/notification-local", id: "local-email", options: { channels: ["email"] } },
    ],
  },
}

/**
 * Uploaded photos and documents: on local disk unless an S3-compatible bucket is configured (AWS
 * S3, MinIO, Scaleway, OVH…). Photos are public: `static/`, served at /static. Documents are
 * private: S3 objects without public access, read through URLs signed for 5 minutes, or on disk
 * in `private-uploads/` beside `static/`, never under it (/static serves all it holds). The built
 * server's static/ links to backend/static, so both folders are in backend/ whichever runs.
 */
function besideStatic(folder: string): string {
  try {
    return join(dirname(realpathSync("static")), folder)
  } catch {
    return resolve(folder)
  }
}

const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION || "us-east-1",
        endpoint: env.S3_ENDPOINT || undefined,
        file_url: env.S3_FILE_URL,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        prefix: env.S3_PREFIX || undefined,
        additional_client_config: env.S3_ENDPOINT ? { forcePathStyle: true } : undefined,
        download_file_duration: 5 * 60,
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { upload_dir: "static", private_upload_dir: besideStatic("private-uploads"), backend_url: `${backendUrl}/static` },
    }

const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        // Events (Stripe webhooks among them) wait in Redis for the worker; a failed handler is retried.
        options: { redisUrl, jobOptions: { attempts: 5, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: true } },
      },
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
      jwtSecret: productionSecret("JWT_SECRET"),
      cookieSecret: productionSecret("COOKIE_SECRET"),
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
    // Medusa's setting for links given to customers; the emails' links start with it.
    storefrontUrl,
    // @tadamon/shared is CommonJS outside node_modules (a workspace link): bundle it as Vite bundles dependencies.
    vite: () => ({ build: { commonjsOptions: { include: [/node_modules/, /packages\/shared\/dist/] } }, optimizeDeps: { include: ["@tadamon/shared"] } }),
  },
  featureFlags: {
    translation: true,
    caching: !!redisUrl,
  },
  modules: [
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/market" },
    { resolve: "./src/modules/order-group" },
    { resolve: "./src/modules/order-progress" },
    // Product and cooperative search on PostgreSQL (arrays of normalised words, GIN-indexed).
    { resolve: "./src/modules/catalog-search" },
    { resolve: "./src/modules/review", options: { request_after_days: env.TADAMON_REVIEW_REQUEST_DAYS ? Number(env.TADAMON_REVIEW_REQUEST_DAYS) : undefined } },
    { resolve: "./src/modules/favourite" },
    {
      resolve: "./src/modules/settlement",
      // Days a sale stays held before it can be paid out (the customer's 7-day withdrawal right).
      options: { payout_hold_days: env.TADAMON_PAYOUT_HOLD_DAYS ? Number(env.TADAMON_PAYOUT_HOLD_DAYS) : undefined },
    },
    {
      resolve: "./src/modules/storefront",
      options: {
        url: env.STOREFRONT_REVALIDATE_URL || storefrontUrl,
        revalidateSecret: env.STOREFRONT_REVALIDATE_SECRET,
      },
    },
    { resolve: "@medusajs/medusa/translation" },
    {
      // Medusa's emailpass provider, taking the same time whether or not the email has an account.
      resolve: "@medusajs/medusa/auth",
      options: { providers: [{ resolve: "./src/modules/emailpass", id: "emailpass" }] },
    },
    {
      // Limits of the abuse-prone routes (README, "Rate limits"): counters in Redis when REDIS_URL is
      // set. TADAMON_RATE_LIMITS overrides defaults as JSON ({"sign_in_account":{"points":5}}).
      // TRUST_PROXY names the proxies whose X-Forwarded-For is believed (a hop count or addresses,
      // subnets, `loopback`); unset, the client is the connection's peer.
      resolve: "./src/modules/rate-limit",
      options: {
        redisUrl,
        keyPrefix: env.TADAMON_RATE_LIMIT_PREFIX || undefined,
        trustProxy: env.TRUST_PROXY || undefined,
        limits: env.TADAMON_RATE_LIMITS || undefined,
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          { resolve: "./src/modules/cash-on-delivery", id: "cod" },
          // Cards: Medusa's Stripe provider (pp_stripe_stripe) when its keys are set. STRIPE_API_BASE
          // points it at another Stripe-compatible host (the local test double); unset, Stripe itself.
          ...(env.STRIPE_API_KEY && env.STRIPE_WEBHOOK_SECRET
            ? [
                {
                  resolve: "./src/modules/stripe-payment",
                  id: "stripe",
                  options: {
                    apiKey: env.STRIPE_API_KEY,
                    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
                    capture: false,
                    apiBase: env.STRIPE_API_BASE || undefined,
                  },
                },
              ]
            : []),
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [fileProvider],
      },
    },
    notificationModule,
    ...redisModules,
  ],
})
