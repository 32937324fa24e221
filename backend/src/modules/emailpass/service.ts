import { EmailPassAuthService } from "@medusajs/auth-emailpass/dist/services/emailpass"
import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
  EmailPassAuthProviderOptions,
  Logger,
} from "@medusajs/framework/types"
import { randomBytes } from "crypto"
import { verify } from "scrypt-kdf"

type InjectedDependencies = { logger: Logger }

/**
 * Medusa's emailpass provider, registered under the same id (`emailpass`), with one change: every
 * sign-in costs one password hash. Medusa's own answers an unknown email (or an identity without
 * a password) without hashing, about 20 times faster than a wrong password, so the time of the
 * answer tells which emails have an account. Here the password is then checked against a dummy
 * hash made once with the same settings as real ones; the answer itself is unchanged.
 */
export default class TimingSafeEmailPassService extends EmailPassAuthService {
  static identifier = "emailpass"
  static DISPLAY_NAME = "Email/Password Authentication"

  protected readonly dummyHash: Promise<Buffer>

  constructor(container: InjectedDependencies, options: EmailPassAuthProviderOptions) {
    super(container, options)
    this.dummyHash = this.hashPassword(randomBytes(32).toString("hex")).then((hash) => Buffer.from(hash, "base64"))
    // Made at start; a failure surfaces at the first sign-in that needs it.
    this.dummyHash.catch(() => undefined)
  }

  async authenticate(userData: AuthenticationInput, authIdentityService: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    // Medusa's provider looks the identity up only for a well-formed email and password; watch
    // what it finds, per call (one provider instance serves every request).
    let lookedUp = false
    let hashedByMedusa = false
    const watched: AuthIdentityProviderService = {
      retrieve: async (selector) => {
        lookedUp = true
        const identity = await authIdentityService.retrieve(selector)
        hashedByMedusa = typeof this.passwordHashOf(identity) === "string"
        return identity
      },
      create: (data) => authIdentityService.create(data),
      update: (entityId, data) => authIdentityService.update(entityId, data),
      setState: (key, value, ttlSeconds) => authIdentityService.setState(key, value, ttlSeconds),
      getState: (key) => authIdentityService.getState(key),
    }
    const result = await super.authenticate(userData, watched)
    const password = userData.body?.password
    if (lookedUp && !hashedByMedusa && typeof password === "string") {
      await verify(await this.dummyHash, password)
    }
    return result
  }

  protected passwordHashOf(identity: AuthIdentityDTO): unknown {
    return identity.provider_identities?.find((entry) => entry.provider === this.provider)?.provider_metadata?.password
  }
}
