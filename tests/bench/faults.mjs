// The fault suite (`npm run bench -- faults`): figures, never a verdict on speed.
//   kill      50 guest checkouts (cash on delivery, 1–3 cooperatives a cart) completed at once; the
//             backend is killed (SIGKILL) while they run, then restarted; the database is audited
//             right after the kill, after the restart, and after every cart that did not answer
//             200 was completed again (faults-audit.mjs says what whole, open and half-made mean).
//   postgres  catalog reads and checkouts keep running while PostgreSQL stops for a while and
//             starts again (the embedded server: stopped and started; a DATABASE_URL server
//             cannot be restarted from here: every connection of the bench database is cut instead).
//   redis     the same against the backend run with REDIS_URL on an own redis-server, killed
//             (SIGKILL) and started again on the same port.
// For each outage: requests failed during it, time from the restart to the first success of each
// kind, and the success rate after the restart.
import { auditCheckouts, auditSummary, raiseStock } from "./faults-audit.mjs"
import { fixed, table } from "./stats.mjs"
import { completeCart, mapLimit, prepareCart, storeCall, variantsByCooperative } from "./store-cart.mjs"

const now = () => performance.now()
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Carts of 1, 2, 3, 1, 2, 3… cooperatives (a different starting cooperative each time). */
async function prepareCarts(system, picks, count, label, onStep) {
  const specs = Array.from({ length: count }, (_, index) => {
    const size = Math.min(picks.length, (index % 3) + 1)
    const variants = Array.from({ length: size }, (_, offset) => picks[(index + offset) % picks.length].variant_id)
    return { index, variants, cooperatives: size }
  })
  let done = 0
  return mapLimit(specs, 4, async (spec) => {
    const id = await prepareCart(system.backendUrl, system.key, {
      regionId: system.regionId,
      variantIds: spec.variants,
      email: `faults-${label}-${spec.index}@tadamon.test`,
    })
    done += 1
    if (done % 10 === 0) {
      onStep(`${done}/${count} ${label} carts ready`)
    }
    return { id, cooperatives: spec.cooperatives }
  })
}

/**
 * Kill -9 in the middle of `count` concurrent completions. `control.kill()` kills the backend,
 * `control.restart()` starts it again (resolves once it answers /health).
 */
export async function killMidCheckout(system, control, { count = 50, killAfter = 10, jobTimeoutSeconds = 180, onStep = () => undefined }) {
  const picks = await variantsByCooperative(system.backendUrl, system.key, system.regionId)
  if (picks.length < 3) {
    throw new Error(`The fault suite needs products of three cooperatives in the Store API (found ${picks.length})`)
  }
  // The bench database's stock is raised first: out-of-stock refusals are not what is measured.
  await raiseStock(system.databaseUrl)
  const prepareStarted = now()
  const carts = await prepareCarts(system, picks, count, "kill", onStep)
  const prepareMs = now() - prepareStarted
  const byCooperatives = [1, 2, 3].map((size) => carts.filter((cart) => cart.cooperatives === size).length)

  onStep(`completing ${count} carts at once; SIGKILL after ${killAfter} successes`)
  const seen = new Map()
  let successes = 0
  let killing = null
  const started = now()
  const kill = () => {
    killing ??= control.kill().then(() => now() - started)
    return killing
  }
  const answered = Promise.all(
    carts.map(async (cart) => {
      const answer = await completeCart(system.backendUrl, system.key, cart.id)
      seen.set(cart.id, answer)
      if (answer.status === 200 && ++successes >= killAfter) {
        void kill()
      }
    })
  )
  // Every request answers once the process is gone (connection reset); when all answered before
  // the threshold, the kill comes after them and the audit still runs.
  await answered
  const killedAtMs = await kill()
  const clientSaw = tally(seen)
  const afterKill = await auditCheckouts(system.databaseUrl, carts)

  const restartStarted = now()
  await control.restart()
  const restartMs = now() - restartStarted
  const afterRestart = await auditCheckouts(system.databaseUrl, carts)

  // Every success the client saw exists whole.
  const successesLost = [...seen.entries()].filter(
    ([cartId, answer]) => answer.status === 200 && afterRestart.carts.get(cartId)?.state !== "whole"
  ).length

  // Half of the carts that got no 200 are completed again at once (the completion undoes what the
  // kill left of them); the other half waits for the interrupted-checkouts job to undo theirs.
  const retry = carts.filter((cart) => seen.get(cart.id)?.status !== 200)
  const retryNow = retry.filter((_, index) => index % 2 === 0)
  const retryLater = retry.filter((_, index) => index % 2 === 1)
  const retried = new Map()
  onStep(`completing ${retryNow.length} of the ${retry.length} carts that got no 200 again`)
  const retryStarted = now()
  await mapLimit(retryNow, 5, async (cart) => retried.set(cart.id, await completeCart(system.backendUrl, system.key, cart.id)))
  let afterJob = await auditCheckouts(system.databaseUrl, carts)
  const waitStarted = now()
  if (afterJob.halfMade > 0) {
    onStep(`waiting for the interrupted-checkouts job to undo the other ${afterJob.halfMade} half-made checkouts (at most ${jobTimeoutSeconds} s)`)
    while (afterJob.halfMade > 0 && now() - waitStarted < jobTimeoutSeconds * 1000) {
      await pause(2000)
      afterJob = await auditCheckouts(system.databaseUrl, carts)
    }
  }
  const jobMs = now() - waitStarted
  onStep(`completing the other ${retryLater.length} again`)
  await mapLimit(retryLater, 5, async (cart) => retried.set(cart.id, await completeCart(system.backendUrl, system.key, cart.id)))
  const retryMs = now() - retryStarted - jobMs
  const afterRetry = await auditCheckouts(system.databaseUrl, carts)
  const retryWhole = retry.filter((cart) => afterRetry.carts.get(cart.id)?.state === "whole").length
  // A 200 for a cart that is not whole: a success the customer sees that is not one.
  const retryFalseSuccesses = retry.filter(
    (cart) => retried.get(cart.id)?.status === 200 && afterRetry.carts.get(cart.id)?.state !== "whole"
  ).length

  return {
    carts: count,
    carts_by_cooperatives: { one: byCooperatives[0], two: byCooperatives[1], three: byCooperatives[2] },
    prepare_ms: prepareMs,
    killed_after_ms: killedAtMs,
    retry_ms: retryMs,
    restart_ms: restartMs,
    client_saw: clientSaw,
    successes_seen: clientSaw.ok,
    successes_whole_after_restart: clientSaw.ok - successesLost,
    successes_lost: successesLost,
    audit_after_kill: auditSummary(afterKill),
    audit_after_restart: auditSummary(afterRestart),
    retried_at_once: retryNow.length,
    job_wait_ms: jobMs,
    audit_after_job: auditSummary(afterJob),
    retried: retry.length,
    retry_answers: tally(retried),
    retried_whole: retryWhole,
    retry_successes_not_whole: retryFalseSuccesses,
    audit_after_retry: auditSummary(afterRetry),
  }
}

function tally(answers) {
  const counts = { ok: 0, connection_lost: 0, other: {} }
  for (const answer of answers.values()) {
    if (answer.status === 200) counts.ok += 1
    else if (answer.status === 0) counts.connection_lost += 1
    else {
      const what = answer.error ? `${answer.status} ${answer.error}` : String(answer.status)
      counts.other[what] = (counts.other[what] ?? 0) + 1
    }
  }
  return counts
}

/**
 * Load while a dependency goes away and comes back: `readers` loops of catalog reads and `buyers`
 * loops of whole checkouts (prepare a cart, complete it). `outage.stop()` / `outage.start()` take the
 * dependency down and up; `outageSeconds` apart; the load runs `afterSeconds` more.
 */
export async function restartUnderLoad(system, outage, { readers = 3, buyers = 2, beforeSeconds = 5, outageSeconds = 10, afterSeconds = 30, poolSize = 20, cleanupTimeoutSeconds = 180, onStep = () => undefined }) {
  await raiseStock(system.databaseUrl)
  const picks = await variantsByCooperative(system.backendUrl, system.key, system.regionId)
  const events = []
  let running = true
  const t0 = now()
  const record = (kind, ok, status) => events.push({ t: now() - t0, kind, ok, status })

  const reader = async () => {
    while (running) {
      const answer = await storeCall(system.backendUrl, system.key, "GET", `/store/products?limit=12&region_id=${system.regionId}`, undefined, {
        timeoutMs: 10000,
      })
      record("catalog", answer.status === 200, answer.status)
      if (answer.status !== 200) {
        await pause(100) // pacing: a failing backend answers at once
      }
    }
  }
  // Carts are prepared before the load, so that a checkout is one request (the completion); when
  // the pool runs dry a buyer prepares its own, and a failed preparation counts as a failed checkout.
  onStep(`${outage.name}: preparing ${poolSize} carts`)
  const pool = await prepareCarts(system, picks, poolSize, outage.name, onStep)
  let serial = poolSize
  const carts = []
  const buyer = async (lane) => {
    while (running) {
      let cart = pool.shift()
      if (!cart) {
        const index = serial++
        const size = (index % 3) + 1
        try {
          const id = await prepareCart(system.backendUrl, system.key, {
            regionId: system.regionId,
            variantIds: Array.from({ length: size }, (_, offset) => picks[(index + offset) % picks.length].variant_id),
            email: `faults-${outage.name}-${lane}-${index}@tadamon.test`,
          })
          cart = { id, cooperatives: size }
        } catch {
          record("checkout", false, "prepare")
          await pause(100)
          continue
        }
      }
      const cartId = cart.id
      carts.push(cart)
      const answer = await completeCart(system.backendUrl, system.key, cartId, { timeoutMs: 30000 })
      record("checkout", answer.status === 200, answer.status)
    }
  }
  const load = Promise.all([
    ...Array.from({ length: readers }, () => reader()),
    ...Array.from({ length: buyers }, (_, lane) => buyer(lane)),
  ])

  await pause(beforeSeconds * 1000)
  onStep(`${outage.name}: down for ${outageSeconds} s`)
  const downAt = now() - t0
  await outage.stop()
  await pause(outageSeconds * 1000)
  const upStarted = now()
  await outage.start()
  const upAt = now() - t0
  onStep(`${outage.name}: up again (${fixed((now() - upStarted) / 1000, 1)} s to start); load for ${afterSeconds} s more`)
  await pause(afterSeconds * 1000)
  running = false
  await load
  const backendAlive = (await storeCall(system.backendUrl, system.key, "GET", "/health")).status === 200

  // Checkouts the outage cut off: each must end whole or open. One whose compensation could not
  // run (the database was gone) is left to the interrupted-checkouts job: wait for it.
  const atEnd = await auditCheckouts(system.databaseUrl, carts)
  const cleanupStarted = now()
  let settledAudit = atEnd
  while (settledAudit.halfMade > 0 && now() - cleanupStarted < cleanupTimeoutSeconds * 1000) {
    await pause(2000)
    settledAudit = await auditCheckouts(system.databaseUrl, carts)
  }

  const summary = (kind) => {
    const of = events.filter((event) => event.kind === kind)
    const before = of.filter((event) => event.t < downAt)
    const during = of.filter((event) => event.t >= downAt && event.t < upAt)
    const after = of.filter((event) => event.t >= upAt)
    const firstOk = after.find((event) => event.ok)
    const settled = firstOk ? after.filter((event) => event.t >= firstOk.t) : []
    return {
      before: { requests: before.length, errors: before.filter((event) => !event.ok).length },
      during: { requests: during.length, errors: during.filter((event) => !event.ok).length },
      after: {
        requests: after.length,
        errors: after.filter((event) => !event.ok).length,
        success_rate: after.length ? after.filter((event) => event.ok).length / after.length : null,
        success_rate_from_first_success: settled.length ? settled.filter((event) => event.ok).length / settled.length : null,
      },
      first_success_after_restart_ms: firstOk ? firstOk.t - upAt : null,
      statuses_during: countBy(during.filter((event) => !event.ok).map((event) => event.status)),
    }
  }
  return {
    dependency: outage.name,
    how: outage.how,
    outage_ms: upAt - downAt,
    backend_alive_after: backendAlive,
    catalog: summary("catalog"),
    checkout: summary("checkout"),
    checkouts: carts.length,
    audit_at_end: auditSummary(atEnd),
    half_made_at_end: atEnd.halfMade,
    half_made_after_cleanup: settledAudit.halfMade,
    cleanup_ms: atEnd.halfMade ? now() - cleanupStarted : 0,
  }
}

function countBy(values) {
  const counts = {}
  for (const value of values) {
    counts[value] = (counts[value] ?? 0) + 1
  }
  return counts
}

const percent = (value) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : "–")
const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "never")

export function printFaults(faults) {
  if (!faults) {
    return
  }
  const { kill, outages } = faults
  if (kill) {
    const { one, two, three } = kill.carts_by_cooperatives
    process.stdout.write(
      `\nFaults: SIGKILL during ${kill.carts} concurrent checkouts (${one}/${two}/${three} carts of 1/2/3 cooperatives, ` +
        `prepared in ${seconds(kill.prepare_ms)}), killed ${seconds(kill.killed_after_ms)} in, restarted in ${seconds(kill.restart_ms)}\n`
    )
    const other = Object.entries(kill.client_saw.other).map(([status, n]) => `${status}×${n}`).join(" ") || "0"
    process.stdout.write(
      `  clients saw: ${kill.client_saw.ok} × 200, ${kill.client_saw.connection_lost} connections lost, other: ${other}; ` +
        `successes seen ${kill.successes_seen}, existing whole after the restart ${kill.successes_whole_after_restart} (lost: ${kill.successes_lost})\n`
    )
    const audits = [
      ["right after the kill", kill.audit_after_kill],
      ["after the restart", kill.audit_after_restart],
      [`${kill.retried_at_once} completed again, then the job (${seconds(kill.job_wait_ms)})`, kill.audit_after_job],
      [`after completing all ${kill.retried} others again`, kill.audit_after_retry],
    ]
    process.stdout.write(
      table([
        ["database", "carts whole", "open", "half-made", "orphan orders", "stuck reservations", "orders", "groups (placing)", "orders' payment coll.", "payments auth.", "reservations (units)"],
        ...audits.map(([label, audit]) => [
          label,
          String(audit.whole),
          String(audit.open),
          String(audit.halfMade),
          String(audit.orphanOrders),
          String(audit.stuckReservations),
          `${audit.totals.orders} (+${audit.totals.orders_undone} undone)`,
          `${audit.totals.groups} (${audit.totals.groups_placing ?? "–"})`,
          String(audit.totals.order_payment_collections),
          String(audit.totals.payments_authorized),
          `${audit.totals.reservations} (${audit.totals.reserved_units})`,
        ]),
      ])
    )
    const reasons = Object.entries(kill.audit_after_restart.reasons).map(([reason, n]) => `${reason} ×${n}`).join(", ")
    if (reasons) {
      process.stdout.write(`  half-made after the restart: ${reasons}\n`)
    }
    const retryOther = Object.entries(kill.retry_answers.other).map(([status, n]) => `${status}×${n}`).join(" ") || "none"
    process.stdout.write(
      `  completed again: ${kill.retry_answers.ok}/${kill.retried} × 200 (other: ${retryOther}), whole: ${kill.retried_whole}/${kill.retried}, ` +
        `200 for a cart not whole: ${kill.retry_successes_not_whole}, ` +
        `in ${seconds(kill.retry_ms)}\n`
    )
  }
  if (outages?.length) {
    process.stdout.write("\nFaults: a dependency restarted under load (catalog reads + checkouts)\n")
    const rows = [["dependency", "kind", "outage", "errors before", "errors during", "first success after restart", "success after", "from first success", "backend alive"]]
    for (const outage of outages) {
      for (const kind of ["catalog", "checkout"]) {
        const figures = outage[kind]
        rows.push([
          outage.dependency,
          kind,
          seconds(outage.outage_ms),
          `${figures.before.errors}/${figures.before.requests}`,
          `${figures.during.errors}/${figures.during.requests}`,
          seconds(figures.first_success_after_restart_ms),
          `${percent(figures.after.success_rate)} of ${figures.after.requests}`,
          percent(figures.after.success_rate_from_first_success),
          outage.backend_alive_after ? "yes" : "NO",
        ])
      }
    }
    process.stdout.write(table(rows))
    for (const outage of outages) {
      const cleanup = outage.half_made_at_end
        ? `, ${outage.half_made_after_cleanup} still half-made ${seconds(outage.cleanup_ms)} later (interrupted-checkouts job)`
        : ""
      process.stdout.write(
        `  ${outage.dependency}: ${outage.how}. Its ${outage.checkouts} checkouts at the end: ${outage.audit_at_end.whole} whole, ` +
          `${outage.audit_at_end.open} open, ${outage.half_made_at_end} half-made${cleanup}\n`
      )
    }
  }
}
