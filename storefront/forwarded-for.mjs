// What this server adds to a request's X-Forwarded-For before Next.js reads it (server.mjs).

/**
 * The request's X-Forwarded-For with the address this server received it from appended, as every
 * reverse proxy does. `next start` writes the header only when a request has none, so a visitor
 * who sends one would choose the address the backend's rate limits count; appended, the last entry
 * is always the real peer, and the backend (which trusts this server, `TRUST_PROXY`) counts the
 * last address that no proxy it trusts wrote.
 *
 * @param {string | string[] | undefined} received the header as Node parsed it (repeated headers as a list)
 * @param {string | undefined} peer the socket's remote address
 * @returns {string | undefined}
 */
export function withPeerAddress(received, peer) {
  const chain = (Array.isArray(received) ? received : [received ?? ""])
    .flatMap((header) => header.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (peer) {
    chain.push(peer)
  }
  return chain.length ? chain.join(", ") : undefined
}
