import { createHash } from "node:crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { DOCUMENT_TYPE_LABELS, LOCALE_TAGS, type Locale } from "@tadamon/shared"
import { renderCooperativeStatusEmail, type CooperativeDecision } from "../../../emails/cooperative-status"
import { emailLocale } from "../../../emails/locale"
import { renderMemberInvitationEmail } from "../../../emails/member-invitation"
import { renderPasswordResetEmail } from "../../../emails/password-reset"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { EMAIL_CHANNEL, storefrontUrl } from "../../notification/storefront-url"

export const MEMBER_INVITATION_TEMPLATE = "cooperative-member-invitation"
export const MEMBER_PASSWORD_RESET_TEMPLATE = "cooperative-member-password-reset"
export const COOPERATIVE_STATUS_TEMPLATE = "cooperative-status"

/** Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow in core-flows). */
const RESET_TOKEN_VALID_MINUTES = 15

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex")
}

export type MemberInvitationEmailStepInput = {
  invitation_id: string
  email: string
  token: string
  locale: Locale
  cooperative_name: string
  inviter_name: string
  valid_days: number
}

/** The invitation email; the token stays out of the stored notification's data. */
export const renderMemberInvitationEmailStep = createStep(
  "render-member-invitation-email",
  async (input: MemberInvitationEmailStepInput, { container }) => {
    const notifications: SendNotificationsStepInput = [
      {
        to: input.email,
        channel: EMAIL_CHANNEL,
        template: MEMBER_INVITATION_TEMPLATE,
        content: renderMemberInvitationEmail(
          {
            email: input.email,
            cooperativeName: input.cooperative_name,
            inviterName: input.inviter_name,
            token: input.token,
            locale: input.locale,
            validDays: input.valid_days,
          },
          storefrontUrl(container)
        ),
        data: { locale: input.locale, invitation_id: input.invitation_id },
        trigger_type: "cooperative_invitation.created",
        resource_id: input.invitation_id,
        resource_type: "cooperative_invitation",
        idempotency_key: `${MEMBER_INVITATION_TEMPLATE}:${input.invitation_id}`,
      },
    ]
    return new StepResponse(notifications)
  }
)

export type MemberPasswordResetEmailStepInput = { email: string; token: string; locale?: Locale | null }

/**
 * The member's reset email: in the language the portal asked in, else the member's, else their
 * cooperative's, else Arabic. One email per token however often the event arrives.
 */
export const renderMemberPasswordResetEmailStep = createStep(
  "render-member-password-reset-email",
  async (input: MemberPasswordResetEmailStepInput, { container }) => {
    let locale = input.locale ?? null
    if (!locale) {
      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      const [member] = await service.listCooperativeMembers({ email: input.email }, { relations: ["cooperative"] })
      locale = emailLocale(member?.locale ?? member?.cooperative?.locale)
    }
    const notifications: SendNotificationsStepInput = [
      {
        to: input.email,
        channel: EMAIL_CHANNEL,
        template: MEMBER_PASSWORD_RESET_TEMPLATE,
        content: renderPasswordResetEmail(
          { audience: "member", email: input.email, token: input.token, locale, validMinutes: RESET_TOKEN_VALID_MINUTES },
          storefrontUrl(container)
        ),
        data: { locale },
        trigger_type: "auth.password_reset",
        resource_type: "auth_identity",
        idempotency_key: `${MEMBER_PASSWORD_RESET_TEMPLATE}:${digest(input.token)}`,
      },
    ]
    return new StepResponse(notifications)
  }
)

export type CooperativeStatusEmailStepInput = {
  cooperative_id: string
  decision: CooperativeDecision
  reason: string | null
  key: string
  /** The document or product the decision is about. */
  about?: { type: "document" | "product"; id: string } | null
}

/** The name of what a decision is about, in the email's language: a document's type (and label), a product's title. */
async function aboutName(container: MedusaContainer, about: CooperativeStatusEmailStepInput["about"], locale: Locale): Promise<string | null> {
  if (!about) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (about.type === "document") {
    const {
      data: [document],
    } = await query.graph({ entity: "cooperative_document", fields: ["type", "label_name"], filters: { id: about.id } })
    if (!document) {
      return null
    }
    const type = DOCUMENT_TYPE_LABELS[document.type][locale]
    return document.label_name ? `${type} – ${document.label_name}` : type
  }
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["title"], filters: { id: about.id } })
  if (!product || locale === "ar") {
    return product?.title ?? null
  }
  const [translation] = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference: "product", reference_id: about.id, locale_code: LOCALE_TAGS[locale] })
  const translated = (translation?.translations as Record<string, unknown> | undefined)?.title
  return typeof translated === "string" && translated.trim() ? translated : product.title
}

/**
 * The owner's email about the organizers' decision, in the cooperative's language with its name
 * translated. `key` (the decision's time) makes one email per decision.
 */
export const renderCooperativeStatusEmailStep = createStep(
  "render-cooperative-status-email",
  async (input: CooperativeStatusEmailStepInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id", "locale"] })
    const owners = await service.listCooperativeMembers({ cooperative_id: input.cooperative_id, role: "owner" }, { select: ["email"] })
    if (!cooperative || !owners.length) {
      return new StepResponse([] as SendNotificationsStepInput)
    }
    const locale = emailLocale(cooperative.locale)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [named],
    } = await query.graph({ entity: "cooperative", fields: ["name"], filters: { id: cooperative.id } }, { locale: LOCALE_TAGS[locale] })
    const content = renderCooperativeStatusEmail(
      { decision: input.decision, cooperativeName: named?.name ?? "", reason: input.reason, locale, subjectName: await aboutName(container, input.about, locale) },
      storefrontUrl(container)
    )
    const notifications: SendNotificationsStepInput = owners.map((owner) => ({
      to: owner.email,
      channel: EMAIL_CHANNEL,
      template: COOPERATIVE_STATUS_TEMPLATE,
      content,
      data: { locale, decision: input.decision, ...(input.about ? { [`${input.about.type}_id`]: input.about.id } : {}) },
      trigger_type: `cooperative.${input.decision}`,
      resource_id: cooperative.id,
      resource_type: "cooperative",
      idempotency_key: `${COOPERATIVE_STATUS_TEMPLATE}:${cooperative.id}:${input.decision}:${input.about?.id ?? ""}:${input.key}`,
    }))
    return new StepResponse(notifications)
  }
)
