import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, UPLOAD_MAX_BYTES, VENDOR_FIELD_LABELS, type VendorDocument } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { getFormatter, getTranslations } from "next-intl/server"
import { addDocument, deleteDocument } from "@/lib/actions/vendor-documents"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { SelectField, TextField } from "@/modules/common/components/form-fields"
import { FileField } from "../components/fields"
import { DOCUMENT_ACCEPT } from "../lib/application-form"

type Props = { locale: Locale; documents: VendorDocument[]; readOnly: boolean }

/** `/coop/documents`: the sanitary authorisation and labels, whether the organizers verified them, and new ones. */
export async function DocumentsTemplate({ locale, documents, readOnly }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorDocuments" })
  const format = await getFormatter({ locale })
  const day = (value: string) => format.dateTime(new Date(value), { dateStyle: "medium", timeZone: "UTC" })
  const label = (field: string) => VENDOR_FIELD_LABELS[field]?.[locale] ?? field
  return (
    <section className="vendor-page" aria-labelledby="documents-title">
      <h1 id="documents-title">{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {documents.length === 0 ? (
        <p className="empty" data-testid="documents-empty">
          {t("empty")}
        </p>
      ) : (
        <ul role="list" className="vendor-cards">
          {documents.map((document) => {
            const state = document.is_expired ? "expired" : document.status
            return (
              <li key={document.id} className="vendor-card" data-testid="document" data-type={document.type} data-status={state}>
                <div className="vendor-order__head">
                  <h2 className="vendor-product__title">{DOCUMENT_TYPE_LABELS[document.type][locale]}</h2>
                  <span className={`status vendor-status vendor-status--doc-${state}`}>{t(`status.${state}`)}</span>
                </div>
                {document.label_name ? <p dir="auto">{document.label_name}</p> : null}
                <dl className="vendor-details">
                  {document.number ? (
                    <div>
                      <dt>{label("number")}</dt>
                      <dd dir="ltr">{document.number}</dd>
                    </div>
                  ) : null}
                  {document.issuer ? (
                    <div>
                      <dt>{label("issuer")}</dt>
                      <dd dir="auto">{document.issuer}</dd>
                    </div>
                  ) : null}
                  {document.valid_until ? (
                    <div>
                      <dt>{label("valid_until")}</dt>
                      <dd>{day(document.valid_until)}</dd>
                    </div>
                  ) : null}
                </dl>
                {document.status === "refused" && document.refusal_reason ? (
                  <p className="vendor-note vendor-note--error">
                    <strong>{t("refusedBecause")}</strong> <span dir="auto">{document.refusal_reason}</span>
                  </p>
                ) : null}
                <p className="vendor-product__actions">
                  <a href={localePath(locale, `/coop/documents/${encodeURIComponent(document.id)}/file`)} target="_blank" rel="noreferrer noopener" data-testid="document-open">
                    {t("openFile")}
                  </a>
                </p>
                {document.status !== "verified" ? (
                  <ActionForm action={deleteDocument} className="inline-form">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="document_id" value={document.id} />
                    <SubmitButton className="button button--small button--ghost" testId="document-delete" disabled={readOnly} pendingLabel={t("deleting")}>
                      {t("delete")}
                    </SubmitButton>
                    <FormMessage />
                  </ActionForm>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}

      <section className="vendor-panel" aria-labelledby="add-document-title">
        <h2 id="add-document-title">{t("addTitle")}</h2>
        <p className="field__hint">{t("addHint", { max: Math.round(UPLOAD_MAX_BYTES / (1024 * 1024)) })}</p>
        <ActionForm action={addDocument} className="form form--narrow" testId="document-form" aria-labelledby="add-document-title">
          <input type="hidden" name="locale" value={locale} />
          <SelectField idPrefix="document-" name="type" label={label("type")} required>
            <option value="">{t("choose")}</option>
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {DOCUMENT_TYPE_LABELS[type][locale]}
              </option>
            ))}
          </SelectField>
          <TextField idPrefix="document-" name="label_name" label={label("label_name")} hint={t("labelNameHint")} dir="auto" maxLength={200} />
          <div className="field-row">
            <TextField idPrefix="document-" name="number" label={label("number")} dir="ltr" maxLength={100} />
            <TextField idPrefix="document-" name="valid_until" type="date" label={label("valid_until")} dir="ltr" />
          </div>
          <TextField idPrefix="document-" name="issuer" label={label("issuer")} optionalLabel={t("optional")} dir="auto" maxLength={200} />
          <FileField
            idPrefix="document-"
            name="file"
            label={t("file")}
            accept={DOCUMENT_ACCEPT}
            keptUrlName="file_url"
            keptName="file_name"
            labels={{ kept: t("fileKept"), chosen: t("fileChosen") }}
            required
            testId="document-file"
          />
          <FormMessage testId="document-message" />
          <SubmitButton testId="document-submit" pendingLabel={t("sending")} disabled={readOnly}>
            {t("add")}
          </SubmitButton>
        </ActionForm>
      </section>
    </section>
  )
}
