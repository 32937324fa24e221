import { SECTORS, type Sector } from "@tadamon/shared/contracts/store"
import { provinceName, REGIONS, regionName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"

type Props = { locale: Locale; action: string; province?: string; sector?: Sector }

/** A GET form (`?province=taounate&sector=honey`): filtering works without JavaScript. */
export async function CooperativeFilters({ locale, action, province, sector }: Props) {
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  const sectors = await getTranslations({ locale, namespace: "sectors" })

  return (
    <form className="filters" method="get" action={action} aria-label={t("filtersLabel")} data-testid="cooperative-filters">
      <div className="field">
        <label htmlFor="filter-province">{t("province")}</label>
        <select id="filter-province" name="province" defaultValue={province ?? ""}>
          <option value="">{t("allProvinces")}</option>
          {REGIONS.map((region) => (
            <optgroup key={region.code} label={regionName(region.code, locale)}>
              {region.provinces.map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {provinceName(entry.code, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sector">{t("sector")}</label>
        <select id="filter-sector" name="sector" defaultValue={sector ?? ""}>
          <option value="">{t("allSectors")}</option>
          {SECTORS.map((value) => (
            <option key={value} value={value}>
              {sectors(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        {province || sector ? (
          <Link href={action} className="button button--ghost">
            {t("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  )
}
