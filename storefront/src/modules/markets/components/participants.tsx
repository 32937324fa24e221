import { isSector, type EditionParticipant } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { CooperativeLogo } from "@/modules/cooperatives/components/cooperative-logo"
import { sortByStand } from "../lib/editions"
import { shopThisMarketPath, standSheetPath } from "../lib/links"

/**
 * "Shop this market": the participating cooperatives by stand number, each linking to its shop with
 * the edition's attribution (`?edition=…&via=edition_page`), and to its printable stand sheet.
 */
export async function Participants({
  locale,
  editionHandle,
  participants,
}: {
  locale: Locale
  editionHandle: string
  participants: EditionParticipant[]
}) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const sectors = await getTranslations({ locale, namespace: "sectors" })
  return (
    <section id="participants" className="edition-section" aria-labelledby="participants-title" data-testid="edition-participants">
      <h2 id="participants-title">{t("participantsTitle")}</h2>
      {participants.length === 0 ? (
        <p className="empty">{t("participantsEmpty")}</p>
      ) : (
        <>
          <p className="lead">{t("participantsLead")}</p>
          <ul role="list" className="grid grid--cooperatives">
            {sortByStand(participants).map(({ stand_number, cooperative }) => (
              <li key={cooperative.id}>
                <article className="card coop-card participant-card" data-testid="edition-participant" data-cooperative={cooperative.handle}>
                  <CooperativeLogo name={cooperative.name} logo={cooperative.logo} alt="" sizes="72px" />
                  <div className="card__body">
                    <p className="participant-card__stand" data-testid="participant-stand">
                      {t("stand", { number: stand_number })}
                    </p>
                    <h3 className="card__title">
                      <Link
                        className="card__link"
                        prefetch={false}
                        href={shopThisMarketPath(locale, cooperative.handle, editionHandle)}
                        data-testid="participant-shop-link"
                      >
                        {cooperative.name}
                      </Link>
                    </h3>
                    {isSector(cooperative.sector) ? <p className="card__meta">{sectors(cooperative.sector)}</p> : null}
                    <p className="participant-card__actions">
                      <span className="participant-card__shop" aria-hidden="true">
                        {t("visitShop")}
                      </span>
                      <Link
                        className="participant-card__sheet"
                        prefetch={false}
                        href={standSheetPath(locale, editionHandle, cooperative.handle)}
                        data-testid="participant-stand-sheet"
                        aria-label={t("standSheetLabel", { name: cooperative.name })}
                      >
                        {t("standSheet")}
                      </Link>
                    </p>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
