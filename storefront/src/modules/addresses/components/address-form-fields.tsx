import { REGIONS } from "@tadamon/shared/geography"
import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { ADDRESS_INPUTS, type AddressInput, type AddressValues } from "@/lib/util/address"
import { AddressFields } from "./address-fields"

/**
 * The address inputs with their labels in the visitor's language: the same labels the backend
 * names in its validation messages (`FIELD_LABELS`), and only this language's place names go to
 * the browser.
 */
export async function AddressFormFields({ locale, values, idPrefix }: { locale: Locale; values: AddressValues; idPrefix: string }) {
  const t = await getTranslations({ locale, namespace: "address" })
  const labels = Object.fromEntries(
    ADDRESS_INPUTS.map((input) => [input, FIELD_LABELS[input]?.[locale] ?? input])
  ) as Record<AddressInput, string>
  const regions = REGIONS.map((region) => ({
    code: region.code,
    name: region.name[locale],
    provinces: region.provinces.map((province) => ({ code: province.code, name: province.name[locale] })),
  }))
  return (
    <AddressFields
      idPrefix={idPrefix}
      regions={regions}
      values={values}
      labels={{
        ...labels,
        choose: t("choose"),
        optional: t("optional"),
        phoneHint: t("phoneHint"),
        postalCodeHint: t("postalCodeHint"),
      }}
    />
  )
}
