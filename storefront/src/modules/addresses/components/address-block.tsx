import { formatMoroccanPhone, provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { joinParts } from "@/lib/util/text"

type Address = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  phone?: string | null
}

/** A postal address as people read it, the province named in the page's language. */
export function AddressBlock({ locale, address, testId }: { locale: Locale; address: Address | null | undefined; testId?: string }) {
  if (!address) {
    return null
  }
  const province = address.province ? (provinceName(address.province, locale) ?? address.province) : null
  const street = joinParts([address.address_1, address.address_2], locale)
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  const place = joinParts([city, province === address.city ? null : province], locale)
  return (
    <address className="address-block" data-testid={testId}>
      <span className="address-block__name">{[address.first_name, address.last_name].filter(Boolean).join(" ")}</span>
      {street ? <span>{street}</span> : null}
      {place ? <span>{place}</span> : null}
      {address.phone ? (
        <span>
          <bdi dir="ltr">{formatMoroccanPhone(address.phone)}</bdi>
        </span>
      ) : null}
    </address>
  )
}
