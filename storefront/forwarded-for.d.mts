export function withPeerAddress(received: string | string[] | undefined, peer: string | undefined): string | undefined
