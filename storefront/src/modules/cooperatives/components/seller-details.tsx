import type { CooperativeSeller } from "@tadamon/shared/contracts/store"
import { formatMoroccanPhone } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"

type Props = {
  locale: Locale
  seller: CooperativeSeller
  /** Unique on the page: the block's heading id. */
  id: string
  headingLevel?: 2 | 3 | 4
}

/**
 * Who sells (law 31-08): the cooperative's legal name, registration number, address, phone and
 * email, on its page, its products and each parcel of an order.
 */
export async function SellerDetails({ locale, seller, id, headingLevel = 2 }: Props) {
  const t = await getTranslations({ locale, namespace: "seller" })
  const Heading = `h${headingLevel}` as const
  const { commune, province, region } = seller.address
  return (
    <section className="seller" aria-labelledby={id} data-testid="seller">
      <Heading id={id} className="seller__title">
        {t("title")}
      </Heading>
      <dl className="seller__rows">
        <div>
          <dt>{t("legalName")}</dt>
          <dd dir="auto" data-testid="seller-name">
            {seller.legal_name}
          </dd>
        </div>
        <div>
          <dt>{t("registrationNumber")}</dt>
          <dd data-testid="seller-registration">
            <bdi dir="ltr">{seller.registration_number}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t("address")}</dt>
          <dd data-testid="seller-address">{t("addressLine", { commune, province, region })}</dd>
        </div>
        {seller.phone ? (
          <div>
            <dt>{t("phone")}</dt>
            <dd>
              <a href={`tel:${seller.phone}`} dir="ltr" data-testid="seller-phone">
                {formatMoroccanPhone(seller.phone)}
              </a>
            </dd>
          </div>
        ) : null}
        {seller.email ? (
          <div>
            <dt>{t("email")}</dt>
            <dd>
              <a href={`mailto:${seller.email}`} dir="ltr" data-testid="seller-email">
                {seller.email}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  )
}
