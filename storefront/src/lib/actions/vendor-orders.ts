"use server"

import {
  VENDOR_ORDER_ACTIONS,
  vendorValidationMessage,
  type VendorCancelOrderRequest,
  type VendorOrderAction,
  type VendorOrderResponse,
  type VendorShipOrderRequest,
} from "@tadamon/shared/contracts/vendor"
import { refresh } from "next/cache"
import { getTranslations } from "next-intl/server"
import { vendorSend } from "../data/vendor-fetch"
import { failure, formLocale, formText, formValues, success, type FormState } from "../forms"
import { vendorFailure } from "./vendor-results"

/** The actions that take no body; shipping and cancelling have their own forms. */
type SimpleAction = Exclude<VendorOrderAction, "ship" | "cancel">

function isSimpleAction(value: string): value is SimpleAction {
  return (VENDOR_ORDER_ACTIONS as readonly string[]).includes(value) && value !== "ship" && value !== "cancel"
}

function orderPath(formData: FormData, action: VendorOrderAction): string {
  return `/vendor/orders/${encodeURIComponent(formText(formData, "order_id"))}/${action}`
}

/** Accept, prepared, delivered, cash collected: one button each. */
export async function runOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  const action = formText(formData, "action")
  if (!isSimpleAction(action)) {
    return failure(t("unknownAction"))
  }
  const done = await vendorSend<VendorOrderResponse>(orderPath(formData, action), { body: {}, locale })
  if (!done.ok) {
    return vendorFailure(done, locale, { conflict: t("conflict") })
  }
  refresh()
  // Recording cash is a capture only when the cooperative holds it; otherwise a claim organizers confirm.
  const claimed = action === "cash-collected" && done.data.order.payment.status !== "collected"
  return success(claimed ? t("done.cashClaimed") : t(`done.${action}`))
}

/** Shipped, with the carrier and the tracking number the customer will see. */
export async function shipOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  const values = formValues(formData, ["carrier", "tracking_number", "tracking_url"])
  const fieldErrors: Record<string, string> = {}
  for (const name of ["carrier", "tracking_number"]) {
    if (!values[name]) {
      fieldErrors[name] = t("fieldRequired")
    }
  }
  // The route checks the same rules (400 with localized field errors, shown by vendorFailure);
  // checking them here first spares the round trip.
  if (values.tracking_url && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(values.tracking_url)) {
    fieldErrors.tracking_url = t("urlInvalid")
  }
  if (Object.keys(fieldErrors).length > 0) {
    return failure(t("fixErrors"), { values, fieldErrors })
  }
  const body: VendorShipOrderRequest = {
    carrier: values.carrier,
    tracking_number: values.tracking_number,
    tracking_url: values.tracking_url || null,
  }
  const shipped = await vendorSend<VendorOrderResponse>(orderPath(formData, "ship"), { body, locale })
  if (!shipped.ok) {
    return vendorFailure(shipped, locale, { values, conflict: t("conflict") })
  }
  refresh()
  return success(t("done.ship"))
}

/** Cancelled before shipping, with the reason the customer reads. */
export async function cancelOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  const values = formValues(formData, ["reason"])
  if (values.reason.length < 3) {
    const code = values.reason ? "too_short" : "reason_required"
    return failure(t("fixErrors"), { values, fieldErrors: { reason: vendorValidationMessage(code, "reason", locale) } })
  }
  const body: VendorCancelOrderRequest = { reason: values.reason }
  const cancelled = await vendorSend<VendorOrderResponse>(orderPath(formData, "cancel"), { body, locale })
  if (!cancelled.ok) {
    return vendorFailure(cancelled, locale, { values, conflict: t("conflict") })
  }
  refresh()
  return success(t("done.cancel"))
}
