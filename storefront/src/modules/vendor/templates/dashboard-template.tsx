import { VENDOR_FIELD_LABELS, type VendorCooperative, type VendorMeResponse, type VendorProductSummary } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { updateCooperativeContact } from "@/lib/actions/vendor-cooperative"
import { localePath, queryString } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

export type DashboardCounts = {
  /** Null when the figure could not be read (that part of the backend did not answer). */
  toAccept: number | null
  toShip: number | null
  lowStock: number | null
  awaitingReview: number | null
  rejected: VendorProductSummary[] | null
}

type Tile = { id: string; href: string; label: string; count: number | null; urgent: boolean }

/** `/coop/dashboard`: what needs doing now, each figure a link to where it is done. */
export async function DashboardTemplate({
  locale,
  me,
  counts,
  contact,
}: {
  locale: Locale
  me: VendorMeResponse
  counts: DashboardCounts
  /** The owner's cooperative, to edit the seller's contact details; null for the other members. */
  contact: VendorCooperative | null
}) {
  const t = await getTranslations({ locale, namespace: "vendor" })
  const tiles: Tile[] = [
    { id: "to-accept", href: `${localePath(locale, "/coop/orders")}${queryString({ status: "to_accept" })}`, label: t("todoToAccept"), count: counts.toAccept, urgent: true },
    { id: "to-ship", href: `${localePath(locale, "/coop/orders")}${queryString({ status: "to_ship" })}`, label: t("todoToShip"), count: counts.toShip, urgent: true },
    { id: "low-stock", href: localePath(locale, "/coop/products"), label: t("todoLowStock"), count: counts.lowStock, urgent: false },
    {
      id: "awaiting-review",
      href: `${localePath(locale, "/coop/products")}${queryString({ status: "proposed" })}`,
      label: t("todoAwaitingReview"),
      count: counts.awaitingReview,
      urgent: false,
    },
  ]
  return (
    <section className="vendor-page" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title" data-testid="coop-greeting">
        {t("hello", { name: me.member.first_name })}
      </h1>
      <h2 className="visually-hidden">{t("todoTitle")}</h2>
      <ul role="list" className="vendor-tiles">
        {tiles.map((tile) => (
          <li key={tile.id}>
            <Link
              href={tile.href}
              prefetch={false}
              className={tile.urgent && tile.count ? "vendor-tile vendor-tile--urgent" : "vendor-tile"}
              data-testid={`todo-${tile.id}`}
              data-count={tile.count ?? undefined}
            >
              <span className="vendor-tile__count">{tile.count ?? "–"}</span>
              <span className="vendor-tile__label">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {counts.rejected && counts.rejected.length > 0 ? (
        <section className="vendor-panel" aria-labelledby="rejected-title" data-testid="todo-rejected">
          <h2 id="rejected-title">{t("todoRejected", { count: counts.rejected.length })}</h2>
          <ul role="list" className="vendor-rows">
            {counts.rejected.map((product) => (
              <li key={product.id} className="vendor-row">
                <div>
                  <Link href={localePath(locale, `/coop/products/${product.id}`)} prefetch={false} dir="auto">
                    {product.title}
                  </Link>
                  {product.review?.reason ? (
                    <p className="card__meta">
                      {t("reason")} <span dir="auto">{product.review.reason}</span>
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="vendor-actions">
        <Link className="button" href={localePath(locale, "/coop/products/new")} prefetch={false} data-testid="dashboard-add-product">
          {t("addProduct")}
        </Link>
        <Link className="button button--ghost" href={localePath(locale, "/coop/orders")} prefetch={false}>
          {t("seeOrders")}
        </Link>
      </p>
      {me.cooperative.status === "approved" ? (
        <p className="card__meta">
          <Link href={localePath(locale, `/cooperatives/${me.cooperative.handle}`)} prefetch={false}>
            {t("publicPage")}
          </Link>
        </p>
      ) : null}
      {contact ? <ContactPanel locale={locale} cooperative={contact} /> : null}
    </section>
  )
}

/** The phone and email customers read as the seller's (law 31-08), beside the legal name and registration number. */
async function ContactPanel({ locale, cooperative }: { locale: Locale; cooperative: VendorCooperative }) {
  const t = await getTranslations({ locale, namespace: "vendorContact" })
  return (
    <section className="vendor-panel" aria-labelledby="contact-title">
      <h2 id="contact-title">{t("title")}</h2>
      <p className="card__meta">{t("intro")}</p>
      <ActionForm action={updateCooperativeContact} className="form form--narrow" testId="contact-form" aria-labelledby="contact-title">
        <input type="hidden" name="locale" value={locale} />
        <TextField
          idPrefix="contact-"
          name="contact_phone"
          type="tel"
          label={VENDOR_FIELD_LABELS.contact_phone[locale]}
          defaultValue={cooperative.contact_phone ?? ""}
          autoComplete="tel"
          inputMode="tel"
          dir="ltr"
        />
        <TextField
          idPrefix="contact-"
          name="contact_email"
          type="email"
          label={VENDOR_FIELD_LABELS.contact_email[locale]}
          defaultValue={cooperative.contact_email ?? ""}
          autoComplete="email"
          inputMode="email"
          dir="ltr"
          maxLength={254}
        />
        <FormMessage testId="contact-message" />
        <SubmitButton testId="contact-submit" pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </ActionForm>
    </section>
  )
}
