import type { HttpTypes } from "@medusajs/types"
import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { saveCheckoutAddress } from "@/lib/actions/checkout"
import { localePath, queryString } from "@/lib/paths"
import { addressValues } from "@/lib/util/address"
import { AddressBlock } from "@/modules/addresses/components/address-block"
import { AddressFormFields } from "@/modules/addresses/components/address-form-fields"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

type Props = { locale: Locale; cart: HttpTypes.StoreCart; customer: HttpTypes.StoreCustomer | null }

/** Step 1 form: email and the Moroccan delivery address, with the backend's errors by field. */
export async function AddressStep({ locale, cart, customer }: Props) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const saved = customer?.addresses?.find((address) => address.is_default_shipping) ?? customer?.addresses?.[0]
  const values = addressValues(cart.shipping_address?.address_1 ? cart.shipping_address : saved)
  const next = localePath(locale, "/checkout")

  return (
    <>
      {customer ? null : (
        <div className="notice" data-testid="checkout-account-box">
          <p>{t("accountPrompt")}</p>
          <p className="notice__actions">
            <Link
              className="button button--ghost button--small"
              href={`${localePath(locale, "/account/login")}${queryString({ next })}`}
              prefetch={false}
              data-testid="checkout-sign-in"
            >
              {t("signIn")}
            </Link>
            <Link
              className="button button--ghost button--small"
              href={`${localePath(locale, "/account/register")}${queryString({ next })}`}
              prefetch={false}
              data-testid="checkout-register"
            >
              {t("register")}
            </Link>
          </p>
        </div>
      )}
      <ActionForm action={saveCheckoutAddress} className="form" testId="checkout-address-form" aria-label={t("addressTitle")}>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          idPrefix="checkout-"
          name="email"
          type="email"
          label={FIELD_LABELS.email[locale]}
          hint={t("emailHint")}
          defaultValue={cart.email ?? customer?.email ?? ""}
          required
          autoComplete="email"
          inputMode="email"
          dir="ltr"
          maxLength={254}
        />
        <AddressFormFields locale={locale} values={values} idPrefix="checkout-" />
        {customer ? (
          <div className="field field--checkbox">
            <input id="checkout-save-address" type="checkbox" name="save_address" defaultChecked={!saved} />
            <label htmlFor="checkout-save-address">{t("saveAddress")}</label>
          </div>
        ) : null}
        <FormMessage testId="checkout-address-message" />
        <SubmitButton testId="checkout-address-submit" pendingLabel={t("saving")}>
          {t("continueToShipping")}
        </SubmitButton>
      </ActionForm>
    </>
  )
}

/** Step 1 closed: who receives the parcels, where. */
export function AddressSummary({ locale, cart }: { locale: Locale; cart: HttpTypes.StoreCart }) {
  return (
    <div className="checkout-step__summary" data-testid="checkout-address-summary">
      <AddressBlock locale={locale} address={cart.shipping_address} />
      <p className="address-block__email">
        <bdi dir="ltr">{cart.email}</bdi>
      </p>
    </div>
  )
}
