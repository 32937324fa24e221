import type { StoreCooperative } from "@tadamon/shared/contracts/store"
import { provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"

/** "Commune, Province" in the visitor's language (commune translated by the backend). */
export async function cooperativePlace(
  cooperative: Pick<StoreCooperative, "commune" | "province">,
  locale: Locale
): Promise<string> {
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  const province = provinceName(cooperative.province, locale) ?? cooperative.province
  return cooperative.commune ? t("place", { commune: cooperative.commune, province }) : province
}
