import type { ProgramItem } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { formatProgramDay, programByDay } from "../lib/editions"

/** The edition's program, one day after the other: time, kind (workshop, seminar…) and title. */
export async function Program({ locale, program }: { locale: Locale; program: ProgramItem[] }) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const days = programByDay(program)
  return (
    <section className="edition-section" aria-labelledby="program-title" data-testid="edition-program">
      <h2 id="program-title">{t("programTitle")}</h2>
      {days.length === 0 ? (
        <p className="empty">{t("programEmpty")}</p>
      ) : (
        days.map(({ day, items }) => (
          <section key={day} className="program-day" aria-labelledby={`program-${day}`} data-testid="program-day" data-day={day}>
            <h3 id={`program-${day}`}>
              <time dateTime={day}>{formatProgramDay(day, locale)}</time>
            </h3>
            <ul role="list" className="program-day__items">
              {items.map((item) => (
                <li key={item.id} className="program-item" data-testid="program-item" data-kind={item.kind}>
                  <p className="program-item__time">
                    <time dateTime={`${day}T${item.starts_at}`}>{item.starts_at}</time>
                    {item.ends_at ? (
                      <>
                        {"–"}
                        <time dateTime={`${day}T${item.ends_at}`}>{item.ends_at}</time>
                      </>
                    ) : null}
                  </p>
                  <div>
                    <p className="program-item__kind">{t(`kind.${item.kind}`)}</p>
                    <p className="program-item__title">{item.title}</p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  )
}
