import { standLink } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getEdition } from "@/lib/data/markets"
import { decodeParam, pageLocale } from "@/lib/params"
import { publicOrigin } from "@/lib/public-url"
import { StandSheetTemplate } from "@/modules/markets/templates/stand-sheet-template"

type Props = { params: Promise<{ locale: string; handle: string; cooperative: string }> }

async function participantOf(locale: string, handle: string, cooperative: string) {
  const edition = await getEdition(decodeParam(handle), pageLocale(locale))
  const participant = edition?.participants.find((entry) => entry.cooperative.handle === decodeParam(cooperative))
  return edition && participant ? { edition, participant } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle, cooperative } = await params
  const found = await participantOf(locale, handle, cooperative)
  if (!found) {
    return {}
  }
  const t = await getTranslations({ locale: pageLocale(locale), namespace: "standSheet" })
  return {
    title: t("metaTitle", { name: found.participant.cooperative.name, stand: found.participant.stand_number }),
    robots: { index: false },
  }
}

/** A participant's printable stand sheet, with the QR code to its shop carrying the edition. */
export default async function StandSheetPage({ params }: Props) {
  const { locale: value, handle, cooperative } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const found = await participantOf(locale, handle, cooperative)
  if (!found) {
    notFound()
  }
  const { edition, participant } = found
  const link = standLink(await publicOrigin(), locale, participant.cooperative.handle, edition.handle)
  return <StandSheetTemplate locale={locale} edition={edition} participant={participant} link={link} />
}
