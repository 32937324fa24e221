import { INVITATION_VALID_DAYS, type VendorInvitation, type VendorMember } from "@tadamon/shared/contracts/vendor"
import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import { getFormatter, getTranslations } from "next-intl/server"
import { inviteMember, removeMember, revokeInvitation } from "@/lib/actions/vendor-members"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

type Props = { locale: Locale; members: VendorMember[]; invitations: VendorInvitation[]; meId: string; readOnly: boolean }

/** `/coop/members` (owner): who runs the shop, invitations by email, removing someone. */
export async function MembersTemplate({ locale, members, invitations, meId, readOnly }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorMembers" })
  const format = await getFormatter({ locale })
  const day = (value: string) => format.dateTime(new Date(value), { dateStyle: "medium" })
  return (
    <section className="vendor-page" aria-labelledby="members-title">
      <h1 id="members-title">{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      <section className="vendor-panel" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("inviteTitle")}</h2>
        <ActionForm action={inviteMember} className="form form--narrow" testId="invite-form" aria-labelledby="invite-title">
          <input type="hidden" name="locale" value={locale} />
          <TextField
            idPrefix="invite-"
            name="email"
            type="email"
            label={FIELD_LABELS.email[locale]}
            hint={t("inviteHint", { days: INVITATION_VALID_DAYS })}
            required
            autoComplete="off"
            inputMode="email"
            dir="ltr"
          />
          <FormMessage testId="invite-message" />
          <SubmitButton testId="invite-submit" pendingLabel={t("sending")} disabled={readOnly}>
            {t("invite")}
          </SubmitButton>
        </ActionForm>
      </section>

      <section className="vendor-panel" aria-labelledby="members-list-title">
        <h2 id="members-list-title">{t("listTitle", { count: members.length })}</h2>
        <ul role="list" className="vendor-rows">
          {members.map((member) => (
            <li key={member.id} className="vendor-row" data-testid="member" data-member-id={member.id}>
              <div>
                <strong dir="auto">
                  {member.first_name} {member.last_name}
                </strong>{" "}
                <span className="vendor-badge">{member.role === "owner" ? t("owner") : t("member")}</span>
                <p className="card__meta">
                  <span dir="ltr">{member.email}</span>
                  {member.phone ? (
                    <>
                      {" · "}
                      <span dir="ltr">{member.phone}</span>
                    </>
                  ) : null}
                </p>
              </div>
              {member.role !== "owner" && member.id !== meId ? (
                <ActionForm action={removeMember} className="inline-form">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="member_id" value={member.id} />
                  <SubmitButton className="button button--small button--danger" testId="member-remove" disabled={readOnly} pendingLabel={t("removing")}>
                    {t("remove")}
                  </SubmitButton>
                  <FormMessage />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="vendor-panel" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t("invitationsTitle")}</h2>
        {invitations.length === 0 ? (
          <p className="card__meta">{t("noInvitations")}</p>
        ) : (
          <ul role="list" className="vendor-rows">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="vendor-row" data-testid="invitation" data-status={invitation.status}>
                <div>
                  <span dir="ltr">{invitation.email}</span> <span className="vendor-badge">{t(`invitationStatus.${invitation.status}`)}</span>
                  <p className="card__meta">
                    {invitation.status === "pending" ? t("expiresOn", { date: day(invitation.expires_at) }) : t("sentOn", { date: day(invitation.created_at) })}
                  </p>
                </div>
                {invitation.status === "pending" ? (
                  <ActionForm action={revokeInvitation} className="inline-form">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="invitation_id" value={invitation.id} />
                    <SubmitButton className="button button--small button--ghost" testId="invitation-revoke" disabled={readOnly} pendingLabel={t("removing")}>
                      {t("revoke")}
                    </SubmitButton>
                    <FormMessage />
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  )
}
