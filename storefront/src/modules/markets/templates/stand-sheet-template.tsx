import type { EditionParticipant, StoreEdition } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { QrCode } from "../components/qr-code"
import { formatDateRange } from "../lib/editions"
import "./stand-sheet.css"

type Props = {
  locale: Locale
  edition: Pick<StoreEdition, "handle" | "name" | "venue" | "starts_on" | "ends_on">
  participant: EditionParticipant
  /** Where the QR code leads: the cooperative's shop carrying the edition (`standLink`). */
  link: string
}

/**
 * A cooperative's stand sheet, to print on A5 (portrait) and set on its stand: the cooperative,
 * its stand number and a QR code to its online shop that carries the edition and the door
 * (`via=stand_qr`). The address is also written under the code, for those who type it.
 */
export async function StandSheetTemplate({ locale, edition, participant, link }: Props) {
  const t = await getTranslations({ locale, namespace: "standSheet" })
  const home = await getTranslations({ locale, namespace: "home" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  const { cooperative, stand_number } = participant
  return (
    <article className="stand-sheet" data-testid="stand-sheet" data-cooperative={cooperative.handle} data-edition={edition.handle}>
      <p className="stand-sheet__hint">{t("printHint")}</p>
      <div className="stand-sheet__page">
        <header className="stand-sheet__header">
          <p className="stand-sheet__edition" data-testid="stand-sheet-edition">
            {edition.name}
          </p>
          <p className="stand-sheet__when">
            <time dateTime={edition.starts_on}>{formatDateRange(edition.starts_on, edition.ends_on, locale)}</time>
            {" · "}
            {edition.venue}
          </p>
        </header>
        <h1 className="stand-sheet__cooperative" data-testid="stand-sheet-cooperative">
          {cooperative.name}
        </h1>
        <p className="stand-sheet__stand">
          <span>{t("standLabel")}</span>{" "}
          <strong data-testid="stand-sheet-number">{stand_number}</strong>
        </p>
        <figure className="stand-sheet__qr">
          <QrCode value={link} label={t("qrLabel", { name: cooperative.name })} testId="stand-qr" className="stand-sheet__code" />
          <figcaption>
            <strong className="stand-sheet__scan">{t("scan")}</strong>
            <span className="stand-sheet__scan-text">{t("scanText")}</span>
            <span className="stand-sheet__type">{t("orType")}</span>
            <span className="stand-sheet__url" dir="ltr" data-testid="stand-qr-url">
              {link}
            </span>
          </figcaption>
        </figure>
        <footer className="stand-sheet__footer">
          <strong>{meta("siteName")}</strong> · {home("slogan")}
        </footer>
      </div>
    </article>
  )
}
