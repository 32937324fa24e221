import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { listFavourites } from "@/lib/data/favourites"
import { pageLocale } from "@/lib/params"
import { FavouritesTemplate } from "@/modules/favourites/templates/favourites-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "favourites" })
  return { title: t("title"), robots: { index: false } }
}

export default async function FavouritesPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  await requireCustomer(locale, "/account/favourites")
  const favourites = (await listFavourites(locale)) ?? { products: [], cooperatives: [], ids: [] }
  return <FavouritesTemplate locale={locale} favourites={favourites} />
}
