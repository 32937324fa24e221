import { FOOD_SECTORS, SECTORS } from "@tadamon/shared/contracts/store"
import { DOCUMENT_TYPE_LABELS, UPLOAD_MAX_BYTES, VENDOR_FIELD_LABELS } from "@tadamon/shared/contracts/vendor"
import { REGIONS } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { applyAsCooperative } from "@/lib/actions/vendor-auth"
import { MIN_PASSWORD_LENGTH } from "@/lib/forms"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { SelectField, TextField } from "@/modules/common/components/form-fields"
import { FileField, GroupError, PlaceFields, TextAreaField } from "../components/fields"
import { DOCUMENT_ACCEPT, DOCUMENT_SLOTS } from "../lib/application-form"

const PREFIX = "apply-"

/** A field's label in the backend's own words (the ones its validation messages use). */
function label(field: string, locale: Locale): string {
  return VENDOR_FIELD_LABELS[field]?.[locale] ?? field
}

/** `/coop/apply`: the account, the cooperative, where it is, its story, its documents. */
export async function ApplyTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "vendorApply" })
  const sectors = await getTranslations({ locale, namespace: "sectors" })
  const optional = t("optional")
  const regions = REGIONS.map((region) => ({
    code: region.code,
    name: region.name[locale],
    provinces: region.provinces.map((province) => ({ code: province.code, name: province.name[locale] })),
  }))
  const foodSectors = FOOD_SECTORS.map((sector) => sectors(sector)).join(locale === "ar" ? "، " : ", ")
  const maxMegabytes = Math.round(UPLOAD_MAX_BYTES / (1024 * 1024))
  const fileLabels = { kept: t("fileKept"), chosen: t("fileChosen") }

  return (
    <section className="vendor-apply" aria-labelledby="apply-title">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 id="apply-title">{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="card__meta">
        {t("haveAccount")}{" "}
        <Link href={localePath(locale, "/coop/sign-in")} prefetch={false}>
          {t("signIn")}
        </Link>
      </p>
      <ActionForm action={applyAsCooperative} className="form vendor-form" testId="coop-apply-form" aria-labelledby="apply-title">
        <input type="hidden" name="locale" value={locale} />

        <fieldset className="vendor-fieldset">
          <legend>{t("accountSection")}</legend>
          <p className="field__hint">{t("accountHint")}</p>
          <div className="field-row">
            <TextField idPrefix={PREFIX} name="member.first_name" label={label("first_name", locale)} required autoComplete="given-name" maxLength={80} />
            <TextField idPrefix={PREFIX} name="member.last_name" label={label("last_name", locale)} required autoComplete="family-name" maxLength={80} />
          </div>
          <TextField
            idPrefix={PREFIX}
            name="member.phone"
            type="tel"
            label={label("phone", locale)}
            optionalLabel={optional}
            hint={t("phoneHint")}
            autoComplete="tel"
            inputMode="tel"
            dir="ltr"
            maxLength={20}
          />
          <TextField idPrefix={PREFIX} name="email" type="email" label={label("email", locale)} required autoComplete="email" inputMode="email" dir="ltr" maxLength={254} />
          <TextField
            idPrefix={PREFIX}
            name="password"
            type="password"
            label={t("password")}
            hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
            required
            autoComplete="new-password"
          />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("cooperativeSection")}</legend>
          <TextField idPrefix={PREFIX} name="cooperative.name" label={t("nameArabic")} required dir="rtl" maxLength={120} />
          <div className="field-row">
            <TextField idPrefix={PREFIX} name="cooperative.name_fr" label={label("name_fr", locale)} optionalLabel={optional} dir="ltr" maxLength={120} />
            <TextField idPrefix={PREFIX} name="cooperative.name_en" label={label("name_en", locale)} optionalLabel={optional} dir="ltr" maxLength={120} />
          </div>
          <TextField
            idPrefix={PREFIX}
            name="cooperative.legal_registration_number"
            label={label("legal_registration_number", locale)}
            hint={t("registrationHint")}
            required
            dir="ltr"
            maxLength={60}
          />
          <SelectField idPrefix={PREFIX} name="cooperative.sector" label={label("sector", locale)} required>
            <option value="">{t("choose")}</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {sectors(sector)}
              </option>
            ))}
          </SelectField>
          <div className="field-row field-row--three">
            <TextField
              idPrefix={PREFIX}
              name="cooperative.founding_year"
              label={label("founding_year", locale)}
              optionalLabel={optional}
              inputMode="numeric"
              dir="ltr"
              maxLength={4}
            />
            <TextField idPrefix={PREFIX} name="cooperative.member_count" label={label("member_count", locale)} required inputMode="numeric" dir="ltr" maxLength={5} />
            <TextField
              idPrefix={PREFIX}
              name="cooperative.women_member_count"
              label={label("women_member_count", locale)}
              required
              inputMode="numeric"
              dir="ltr"
              maxLength={5}
            />
          </div>
          <TextField
            idPrefix={PREFIX}
            name="cooperative.contact_phone"
            type="tel"
            label={label("contact_phone", locale)}
            hint={t("phoneHint")}
            required
            autoComplete="tel"
            inputMode="tel"
            dir="ltr"
            maxLength={20}
          />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("placeSection")}</legend>
          <PlaceFields
            idPrefix={PREFIX}
            regions={regions}
            names={{ region: "cooperative.region", province: "cooperative.province" }}
            labels={{ region: label("region", locale), province: label("province", locale), choose: t("choose") }}
            values={{}}
          />
          <TextField idPrefix={PREFIX} name="cooperative.commune" label={label("commune", locale)} required dir="auto" maxLength={120} />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("storySection")}</legend>
          <p className="field__hint">{t("storyHint")}</p>
          <TextAreaField idPrefix={PREFIX} name="cooperative.story" label={t("storyArabic")} required dir="rtl" lang="ar" maxLength={5000} rows={6} />
          <TextAreaField idPrefix={PREFIX} name="cooperative.story_fr" label={label("story_fr", locale)} optionalLabel={optional} dir="ltr" lang="fr" maxLength={5000} />
          <TextAreaField idPrefix={PREFIX} name="cooperative.story_en" label={label("story_en", locale)} optionalLabel={optional} dir="ltr" lang="en" maxLength={5000} />
        </fieldset>

        <fieldset className="vendor-fieldset">
          <legend>{t("documentsSection")}</legend>
          <p className="field__hint">{t("documentsHint", { max: maxMegabytes })}</p>
          {DOCUMENT_SLOTS.map(({ slot, type, label: isLabel }) => (
            <fieldset key={slot} className="vendor-fieldset vendor-fieldset--nested" data-testid={`apply-document-${slot}`}>
              <legend>{DOCUMENT_TYPE_LABELS[type][locale]}</legend>
              <p className="field__hint">{slot === "sanitary" ? t("sanitaryHint", { sectors: foodSectors }) : t("labelHint")}</p>
              <GroupError name={slot} id={`${PREFIX}${slot}-error`} />
              {isLabel ? <TextField idPrefix={PREFIX} name={`${slot}.label_name`} label={label("label_name", locale)} dir="auto" maxLength={200} /> : null}
              <div className="field-row">
                <TextField idPrefix={PREFIX} name={`${slot}.number`} label={label("number", locale)} dir="ltr" maxLength={100} />
                <TextField idPrefix={PREFIX} name={`${slot}.valid_until`} type="date" label={label("valid_until", locale)} dir="ltr" />
              </div>
              <TextField idPrefix={PREFIX} name={`${slot}.issuer`} label={label("issuer", locale)} optionalLabel={optional} dir="auto" maxLength={200} />
              <FileField
                idPrefix={PREFIX}
                name={`${slot}.file`}
                label={t("documentFile")}
                hint={t("documentFileHint")}
                accept={DOCUMENT_ACCEPT}
                keptUrlName={`${slot}.file_url`}
                keptName={`${slot}.file_name`}
                labels={fileLabels}
                testId={`apply-${slot}-file`}
              />
            </fieldset>
          ))}
        </fieldset>

        <p className="field__hint">{t("reviewNotice")}</p>
        <FormMessage testId="coop-apply-message" />
        <SubmitButton testId="coop-apply-submit" pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </ActionForm>
    </section>
  )
}
