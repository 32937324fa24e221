import type { StoreOrderGroup } from "@tadamon/shared/contracts/store"
import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { lookupOrder } from "@/lib/actions/orders"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"
import { OrderGroupView } from "../components/order-group-view"

type Props = { locale: Locale; group: StoreOrderGroup | null; reference?: string }

/** Guests find an order with its reference and the email it was placed with. */
export async function LookupTemplate({ locale, group, reference }: Props) {
  const t = await getTranslations({ locale, namespace: "orders" })
  return (
    <div className="lookup">
      <h1>{t("lookupTitle")}</h1>
      <p className="lead">{t("lookupIntro")}</p>
      <ActionForm action={lookupOrder} className="form form--narrow" testId="order-lookup-form" aria-label={t("lookupTitle")}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          idPrefix="lookup-"
          name="reference"
          label={t("reference")}
          hint={t("referenceHint")}
          defaultValue={reference}
          required
          dir="ltr"
          autoComplete="off"
          maxLength={40}
        />
        <TextField
          idPrefix="lookup-"
          name="email"
          type="email"
          label={FIELD_LABELS.email[locale]}
          required
          autoComplete="email"
          inputMode="email"
          dir="ltr"
          maxLength={254}
        />
        <FormMessage testId="order-lookup-message" />
        <SubmitButton testId="order-lookup-submit" pendingLabel={t("searching")}>
          {t("lookupSubmit")}
        </SubmitButton>
      </ActionForm>
      {group ? (
        <div className="lookup__result">
          <OrderGroupView locale={locale} group={group} />
        </div>
      ) : null}
    </div>
  )
}
