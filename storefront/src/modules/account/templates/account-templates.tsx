import type { HttpTypes } from "@medusajs/types"
import type { StoreOrderGroup } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getFormatter, getTranslations } from "next-intl/server"
import { deleteCustomerAddress, saveCustomerAddress } from "@/lib/actions/addresses"
import { localePath } from "@/lib/paths"
import { addressValues } from "@/lib/util/address"
import { AddressBlock } from "@/modules/addresses/components/address-block"
import { AddressFormFields } from "@/modules/addresses/components/address-form-fields"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { Pagination } from "@/modules/common/components/pagination"
import { OrderGroupView, OrderStatus } from "@/modules/orders/components/order-group-view"
import { AccountNav } from "../components/account-nav"
import { PersonalDataSection } from "./privacy-templates"
import { OrderReviews } from "@/modules/reviews/components/order-reviews"

export async function OverviewTemplate({ locale, customer }: { locale: Locale; customer: HttpTypes.StoreCustomer }) {
  const t = await getTranslations({ locale, namespace: "account" })
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return (
    <section className="account" aria-labelledby="account-title">
      <h1 id="account-title" data-testid="account-greeting">
        {name ? t("hello", { name }) : t("title")}
      </h1>
      <AccountNav locale={locale} current="overview" />
      <dl className="summary__rows account__details">
        <div>
          <dt>{t("email")}</dt>
          <dd dir="ltr" data-testid="account-email">
            {customer.email}
          </dd>
        </div>
        <div>
          <dt>{t("addresses")}</dt>
          <dd>{t("addressCount", { count: customer.addresses?.length ?? 0 })}</dd>
        </div>
      </dl>
      <p className="account__links">
        <Link className="button" href={localePath(locale, "/account/orders")} prefetch={false}>
          {t("seeOrders")}
        </Link>
        <Link className="button button--ghost" href={localePath(locale, "/account/addresses")} prefetch={false}>
          {t("manageAddresses")}
        </Link>
      </p>
      <PersonalDataSection locale={locale} customer={customer} />
    </section>
  )
}

type AddressesProps = { locale: Locale; customer: HttpTypes.StoreCustomer; editing: HttpTypes.StoreCustomerAddress | null }

/** The address book: saved addresses (change, delete) and the Moroccan address form. */
export async function AddressesTemplate({ locale, customer, editing }: AddressesProps) {
  const t = await getTranslations({ locale, namespace: "account" })
  const addresses = customer.addresses ?? []
  const base = localePath(locale, "/account/addresses")
  return (
    <section className="account" aria-labelledby="addresses-title">
      <h1 id="addresses-title">{t("addresses")}</h1>
      <AccountNav locale={locale} current="addresses" />
      {addresses.length === 0 ? (
        <p className="empty" data-testid="addresses-empty">
          {t("noAddresses")}
        </p>
      ) : (
        <ul role="list" className="address-list">
          {addresses.map((address) => (
            <li key={address.id} className="address-card" data-testid="address-card">
              <AddressBlock locale={locale} address={address} />
              <div className="address-card__actions">
                <Link href={`${base}?edit=${encodeURIComponent(address.id)}`} prefetch={false} className="button-link" data-testid="address-edit">
                  {t("edit")}
                </Link>
                <ActionForm action={deleteCustomerAddress} aria-label={t("delete")}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="address_id" value={address.id} />
                  <SubmitButton className="button-link" testId="address-delete">
                    {t("delete")}
                  </SubmitButton>
                  <FormMessage />
                </ActionForm>
              </div>
            </li>
          ))}
        </ul>
      )}
      <section className="address-editor" aria-labelledby="address-form-title">
        <h2 id="address-form-title">{editing ? t("editAddress") : t("addAddress")}</h2>
        <ActionForm action={saveCustomerAddress} className="form" testId="address-form" aria-labelledby="address-form-title">
          <input type="hidden" name="locale" value={locale} />
          {editing ? <input type="hidden" name="address_id" value={editing.id} /> : null}
          <AddressFormFields locale={locale} values={addressValues(editing)} idPrefix="address-" />
          <FormMessage testId="address-form-message" />
          <p className="form__actions">
            <SubmitButton testId="address-submit" pendingLabel={t("saving")}>
              {editing ? t("saveChanges") : t("saveAddress")}
            </SubmitButton>
            {editing ? (
              <Link href={base} prefetch={false} className="button button--ghost">
                {t("cancel")}
              </Link>
            ) : null}
          </p>
        </ActionForm>
      </section>
    </section>
  )
}

type OrdersProps = { locale: Locale; groups: StoreOrderGroup[]; page: number; totalPages: number }

/** Order history: each group with its per-cooperative orders and their statuses. */
export async function OrdersTemplate({ locale, groups, page, totalPages }: OrdersProps) {
  const t = await getTranslations({ locale, namespace: "account" })
  const format = await getFormatter({ locale })
  return (
    <section className="account" aria-labelledby="orders-title">
      <h1 id="orders-title">{t("orders")}</h1>
      <AccountNav locale={locale} current="orders" />
      {groups.length === 0 ? (
        <div className="empty" data-testid="orders-empty">
          <p>{t("noOrders")}</p>
          <Link className="button" href={localePath(locale, "/categories")} prefetch={false}>
            {t("startShopping")}
          </Link>
        </div>
      ) : (
        <ul role="list" className="order-list">
          {groups.map((group) => (
            <li key={group.id} className="order-summary-card" data-testid="order-group" data-reference={group.reference}>
              <div className="order-summary-card__header">
                <h2>
                  <Link
                    href={localePath(locale, `/account/orders/${encodeURIComponent(group.reference)}`)}
                    prefetch={false}
                    data-testid="order-group-link"
                  >
                    <span dir="ltr">{group.reference}</span>
                  </Link>
                </h2>
                <p className="card__meta">
                  {format.dateTime(new Date(group.created_at), { dateStyle: "medium" })} ·{" "}
                  {formatPrice(group.total, locale, group.currency_code)}
                </p>
              </div>
              <ul role="list" className="order-summary-card__orders">
                {group.orders.map((order) => (
                  <li key={order.id} data-testid="order-group-order">
                    <span>{order.cooperative.name}</span>
                    <OrderStatus locale={locale} order={order} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={page} totalPages={totalPages} path={localePath(locale, "/account/orders")} />
    </section>
  )
}

export async function AccountOrderTemplate({ locale, group }: { locale: Locale; group: StoreOrderGroup }) {
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <section className="account">
      <p>
        <Link href={localePath(locale, "/account/orders")} prefetch={false} className="button-link">
          {t("backToOrders")}
        </Link>
      </p>
      <OrderGroupView locale={locale} group={group} headingLevel={1} />
      <OrderReviews locale={locale} group={group} />
    </section>
  )
}
