import type { HttpTypes } from "@medusajs/types"
import {
  DOCUMENT_TYPE_LABELS,
  LABEL_DOCUMENT_TYPES,
  PRODUCT_TEXT_LIMITS,
  UPLOAD_MAX_BYTES,
  VENDOR_FIELD_LABELS,
  type VendorDocument,
  type VendorProduct,
} from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getFormatter, getTranslations } from "next-intl/server"
import { saveProduct } from "@/lib/actions/vendor-catalog"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { SelectField, TextField } from "@/modules/common/components/form-fields"
import { FileField, TextAreaField } from "../components/fields"
import { CheckboxGroup, LocaleTabs, VariantRows, type VariantRow } from "../components/product-fields"
import { ProductStatusChip } from "../components/product-status"
import { IMAGE_ACCEPT } from "../lib/application-form"
import { MAX_VARIANT_ROWS, PRODUCT_TEXT_TABS } from "../lib/product-form"

type Props = {
  locale: Locale
  product: VendorProduct | null
  categories: HttpTypes.StoreProductCategory[]
  documents: VendorDocument[]
  readOnly: boolean
}

/** A category and its children as options: "Honey", "Honey › Thyme honey"… */
function categoryOptions(categories: HttpTypes.StoreProductCategory[]): { id: string; name: string }[] {
  return categories.flatMap((category) => [
    { id: category.id, name: category.name },
    ...(category.category_children ?? []).map((child) => ({ id: child.id, name: `${category.name} › ${child.name}` })),
  ])
}

/** `/coop/products/new` and `/coop/products/[id]`: texts in three languages, category, variants, photos, labels. */
export async function ProductFormTemplate({ locale, product, categories, documents, readOnly }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const format = await getFormatter({ locale })
  const label = (field: string) => VENDOR_FIELD_LABELS[field]?.[locale] ?? field
  const editing = !!product
  const titleId = "product-form-title"

  const languageNames = { ar: t("languageAr"), fr: t("languageFr"), en: t("languageEn") }
  const tabs = PRODUCT_TEXT_TABS.map((tab) => {
    const translation = tab.locale === "ar" ? null : product?.translations?.[tab.locale]
    const title = tab.locale === "ar" ? product?.title : translation?.title
    const description = tab.locale === "ar" ? product?.description : translation?.description
    const direction = tab.locale === "ar" ? "rtl" : "ltr"
    return {
      id: tab.locale,
      label: languageNames[tab.locale],
      lang: tab.locale,
      fields: [tab.title, tab.description],
      panel: (
        <div className="form">
          <TextField
            idPrefix="product-"
            name={tab.title}
            label={tab.locale === "ar" ? t("titleArabic") : t("titleTranslation", { language: languageNames[tab.locale] })}
            optionalLabel={tab.locale === "ar" ? undefined : t("optional")}
            defaultValue={title ?? ""}
            dir={direction}
            maxLength={PRODUCT_TEXT_LIMITS.title.max}
          />
          <TextAreaField
            idPrefix="product-"
            name={tab.description}
            label={tab.locale === "ar" ? t("descriptionArabic") : t("descriptionTranslation", { language: languageNames[tab.locale] })}
            optionalLabel={t("optional")}
            defaultValue={description ?? ""}
            dir={direction}
            lang={tab.locale}
            maxLength={PRODUCT_TEXT_LIMITS.description.max}
            rows={6}
          />
        </div>
      ),
    }
  })

  const initialRows: VariantRow[] = product
    ? product.variants.map((variant) => ({
        id: variant.id,
        option_value: variant.option_value ?? variant.title,
        price: variant.price === null ? "" : String(variant.price),
        stock: String(variant.stock),
      }))
    : []
  // One blank row to fill (several work without JavaScript; with it, rows are added as needed).
  initialRows.push({})

  const claimable = documents.filter((document) => document.is_valid && (LABEL_DOCUMENT_TYPES as readonly string[]).includes(document.type))
  const labelOptions = claimable.map((document) => ({
    value: document.id,
    label: document.label_name ?? DOCUMENT_TYPE_LABELS[document.type][locale],
    hint: document.valid_until
      ? t("labelValidUntil", { type: DOCUMENT_TYPE_LABELS[document.type][locale], date: format.dateTime(new Date(document.valid_until), { dateStyle: "medium" }) })
      : DOCUMENT_TYPE_LABELS[document.type][locale],
  }))
  const claimed = product?.labels.map((entry) => entry.document_id) ?? []

  const imageOptions = (product?.images ?? []).map((image, index) => ({ value: image.url, label: t("photoNumber", { number: index + 1 }), image: image.url }))
  const maxMegabytes = Math.round(UPLOAD_MAX_BYTES / (1024 * 1024))

  return (
    <section className="vendor-page" aria-labelledby={titleId}>
      <p>
        <Link href={localePath(locale, "/coop/products")} prefetch={false}>
          {t("backToProducts")}
        </Link>
      </p>
      <div className="vendor-page__header">
        <h1 id={titleId}>{editing ? t("editTitle") : t("newTitle")}</h1>
        {product ? <ProductStatusChip locale={locale} status={product.status} /> : null}
      </div>
      {product?.status === "rejected" && product.review?.reason ? (
        <p className="form-message form-message--error" data-testid="product-rejection">
          <strong>{t("rejectedBecause")}</strong> <span dir="auto">{product.review.reason}</span>
        </p>
      ) : null}
      <p className="lead">{editing ? t("editIntro") : t("newIntro")}</p>

      <ActionForm action={saveProduct} className="form vendor-form" testId="product-form" aria-labelledby={titleId}>
        <input type="hidden" name="locale" value={locale} />
        {product ? <input type="hidden" name="product_id" value={product.id} /> : null}

        <fieldset className="vendor-fieldset">
          <legend>{t("textsSection")}</legend>
          <p className="field__hint">{t("textsHint")}</p>
          <LocaleTabs tabs={tabs} label={t("textsSection")} errorLabel={t("tabHasError")} />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{label("category_ids")}</legend>
          <SelectField idPrefix="product-" name="category_id" label={t("category")} defaultValue={product?.categories[0]?.id ?? ""}>
            <option value="">{t("noCategory")}</option>
            {categoryOptions(categories).map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("variantsSection")}</legend>
          <p className="field__hint">{t("variantsHint")}</p>
          <TextField
            idPrefix="product-"
            name="option_title"
            label={label("option_title")}
            hint={t("optionTitleHint")}
            defaultValue={product?.option?.title ?? ""}
            dir="auto"
            maxLength={PRODUCT_TEXT_LIMITS.option_title.max}
          />
          <VariantRows
            initial={initialRows}
            labels={{
              optionValue: label("option_value"),
              optionValueHint: t("optionValueHint"),
              price: label("price"),
              stock: label("stock"),
              add: t("addVariant"),
              remove: t("removeVariant"),
              currency: t("currency"),
              rowNames: Array.from({ length: MAX_VARIANT_ROWS }, (_, index) => t("variantNumber", { number: index + 1 })),
            }}
          />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("photosSection")}</legend>
          <CheckboxGroup
            name="images.keep"
            legend={t("photosKept")}
            options={imageOptions}
            defaultValues={imageOptions.map((option) => option.value)}
            otherValuesAsImages={t("photoUploaded")}
            testId="product-images-kept"
          />
          <FileField
            idPrefix="product-"
            name="images.new"
            label={editing ? t("photosAdd") : t("photos")}
            hint={t("photosHint", { max: maxMegabytes, count: PRODUCT_TEXT_LIMITS.images.max })}
            accept={IMAGE_ACCEPT}
            multiple
            labels={{ kept: t("photosKept"), chosen: t("photosChosen") }}
            testId="product-images-input"
          />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("labelsSection")}</legend>
          {labelOptions.length === 0 ? (
            <p className="field__hint" data-testid="product-no-labels">
              {t("noLabels")}{" "}
              <Link href={localePath(locale, "/coop/documents")} prefetch={false}>
                {t("seeDocuments")}
              </Link>
            </p>
          ) : (
            <CheckboxGroup name="label_document_ids" legend={t("labelsLegend")} options={labelOptions} defaultValues={claimed} testId="product-labels" />
          )}
        </fieldset>

        {readOnly ? (
          <p className="form-message form-message--error" role="status">
            {t("readOnly")}
          </p>
        ) : null}
        <p className="field__hint">{editing ? t("saveHint") : t("submitHint")}</p>
        <FormMessage testId="product-form-message" />
        <div className="form__actions">
          {editing ? (
            <SubmitButton testId="product-save" pendingLabel={t("saving")} disabled={readOnly}>
              {t("save")}
            </SubmitButton>
          ) : (
            <>
              <SubmitButton testId="product-submit" pendingLabel={t("saving")} disabled={readOnly} name="intent" value="proposed">
                {t("submitForReview")}
              </SubmitButton>
              <SubmitButton testId="product-save-draft" className="button button--ghost" disabled={readOnly} name="intent" value="draft">
                {t("saveDraft")}
              </SubmitButton>
            </>
          )}
        </div>
      </ActionForm>
    </section>
  )
}
