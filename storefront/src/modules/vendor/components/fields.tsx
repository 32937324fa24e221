"use client"

import { useEffect, useState, useSyncExternalStore, type ChangeEvent } from "react"
import { useFormAnswer } from "@/modules/common/components/action-form"
import { FieldError, SelectField } from "@/modules/common/components/form-fields"

/**
 * The portal's form fields beyond the storefront's text and select fields: long text, files with
 * previews, region → province. Like those, each shows the server action's error for its name and
 * keeps what was sent after an answer.
 */

function useField(name: string, defaultValue: string | undefined, idPrefix: string) {
  const state = useFormAnswer()
  const id = `${idPrefix}${name.replace(/[^\w-]/g, "-")}`
  const error = state.fieldErrors?.[name]
  return {
    id,
    error,
    errorId: `${id}-error`,
    key: `${id}-${state.submission ?? 0}`,
    value: state.values?.[name] ?? defaultValue ?? "",
    values: state.values,
  }
}

type BaseProps = {
  name: string
  label: string
  defaultValue?: string
  required?: boolean
  hint?: string
  optionalLabel?: string
  idPrefix?: string
}

function Label({ id, label, optionalLabel }: { id: string; label: string; optionalLabel?: string }) {
  return (
    <label htmlFor={id}>
      {label}
      {optionalLabel ? <span className="field__optional"> {optionalLabel}</span> : null}
    </label>
  )
}

/** A labelled textarea; `dir="auto"` lets Arabic and French text each run their own way. */
export function TextAreaField({
  name,
  label,
  defaultValue,
  required,
  hint,
  optionalLabel,
  idPrefix = "",
  rows = 5,
  maxLength,
  dir = "auto",
  lang,
}: BaseProps & { rows?: number; maxLength?: number; dir?: "ltr" | "rtl" | "auto"; lang?: string }) {
  const field = useField(name, defaultValue, idPrefix)
  const hintId = hint ? `${field.id}-hint` : undefined
  const describedBy = [hintId, field.error ? field.errorId : undefined].filter(Boolean).join(" ") || undefined
  return (
    <div className={field.error ? "field field--invalid" : "field"}>
      <Label id={field.id} label={label} optionalLabel={optionalLabel} />
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        key={field.key}
        id={field.id}
        name={name}
        defaultValue={field.value}
        required={required}
        rows={rows}
        maxLength={maxLength}
        dir={dir}
        lang={lang}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={field.errorId} error={field.error} />
    </div>
  )
}

type Preview = { name: string; url: string | null }

/**
 * A file input with a preview of the chosen images (object URLs, never uploaded before the form
 * is sent). A file an earlier attempt already uploaded comes back as `<name>_url` in the answer's
 * values: it is kept (hidden input) unless another file is chosen.
 */
export function FileField({
  name,
  label,
  hint,
  optionalLabel,
  idPrefix = "",
  accept,
  multiple = false,
  required,
  keptName,
  keptUrlName,
  labels,
  testId,
}: BaseProps & {
  accept: string
  multiple?: boolean
  /** Inputs holding an earlier upload: its URL and file name (in the answer's values). */
  keptUrlName?: string
  keptName?: string
  labels: { kept: string; chosen: string }
  testId?: string
}) {
  const field = useField(name, undefined, idPrefix)
  const submission = useFormAnswer().submission ?? 0
  // After an answer the input remounts empty: previews belong to the answer they were chosen under.
  const [chosen, setChosen] = useState<{ submission: number; previews: Preview[] }>({ submission, previews: [] })
  const previews = chosen.submission === submission ? chosen.previews : []
  const keptUrl = keptUrlName ? (field.values?.[keptUrlName] ?? "") : ""
  const keptFile = keptName ? (field.values?.[keptName] ?? "") : ""

  useEffect(() => {
    const urls = chosen.previews
    return () => urls.forEach((preview) => preview.url && URL.revokeObjectURL(preview.url))
  }, [chosen])

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    setChosen({
      submission,
      previews: files.map((file) => ({ name: file.name, url: file.type.startsWith("image/") ? URL.createObjectURL(file) : null })),
    })
  }

  const hintId = hint ? `${field.id}-hint` : undefined
  const describedBy = [hintId, field.error ? field.errorId : undefined].filter(Boolean).join(" ") || undefined
  return (
    <div className={field.error ? "field field--invalid" : "field"}>
      <Label id={field.id} label={label} optionalLabel={optionalLabel} />
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {keptUrl && previews.length === 0 ? (
        <p className="field__hint" data-testid="file-kept">
          {labels.kept} <span dir="auto">{keptFile}</span>
        </p>
      ) : null}
      {keptUrlName ? <input type="hidden" name={keptUrlName} value={previews.length ? "" : keptUrl} /> : null}
      {keptName ? <input type="hidden" name={keptName} value={previews.length ? "" : keptFile} /> : null}
      <input
        key={field.key}
        id={field.id}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        required={required && !keptUrl}
        onChange={onChange}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        className="file-input"
      />
      {previews.length > 0 ? (
        <ul role="list" className="file-previews" aria-label={labels.chosen}>
          {previews.map((preview, index) => (
            <li key={`${preview.name}-${index}`} className="file-previews__item">
              {/* eslint-disable-next-line @next/next/no-img-element -- a blob: URL of the chosen file, which the image optimiser cannot fetch */}
              {preview.url ? <img src={preview.url} alt="" className="file-previews__image" /> : null}
              <span className="file-previews__name" dir="auto">
                {preview.name}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError id={field.errorId} error={field.error} />
    </div>
  )
}

export type RegionOption = { code: string; name: string; provinces: { code: string; name: string }[] }

const noSubscription = () => () => undefined

function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false
  )
}

/**
 * Region, then province or prefecture. Without JavaScript the province list holds every province
 * grouped by region (the backend refuses one outside the region); hydrated, only the chosen
 * region's.
 */
export function PlaceFields({
  regions,
  names,
  labels,
  values,
  idPrefix = "",
}: {
  regions: RegionOption[]
  names: { region: string; province: string }
  labels: { region: string; province: string; choose: string }
  values: { region?: string; province?: string }
  idPrefix?: string
}) {
  const answer = useFormAnswer()
  const [region, setRegion] = useState(answer.values?.[names.region] ?? values.region ?? "")
  const hydrated = useHydrated()
  const shown = hydrated && region ? regions.filter((entry) => entry.code === region) : regions
  return (
    <div className="field-row">
      <SelectField idPrefix={idPrefix} name={names.region} label={labels.region} defaultValue={values.region} required onChange={setRegion}>
        <option value="">{labels.choose}</option>
        {regions.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.name}
          </option>
        ))}
      </SelectField>
      <SelectField idPrefix={idPrefix} name={names.province} label={labels.province} defaultValue={values.province} required>
        <option value="">{labels.choose}</option>
        {shown.map((entry) => (
          <optgroup key={entry.code} label={entry.name}>
            {entry.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
    </div>
  )
}

/** The answer's error for a group of inputs (a document's section), shown where the group starts. */
export function GroupError({ name, id }: { name: string; id: string }) {
  const error = useFormAnswer().fieldErrors?.[name]
  return error ? (
    <p id={id} className="field__error" role="alert" data-testid="field-error">
      {error}
    </p>
  ) : null
}
