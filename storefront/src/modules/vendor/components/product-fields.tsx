"use client"

import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react"
import { useFormAnswer } from "@/modules/common/components/action-form"
import { FieldError, TextField } from "@/modules/common/components/form-fields"
import { LIST_SEPARATOR, MAX_VARIANT_ROWS, variantInput } from "../lib/product-form"

const noSubscription = () => () => undefined

function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false
  )
}

export type TextTab = { id: string; label: string; lang: string; fields: string[]; panel: ReactNode }

/**
 * The product's texts in Arabic, French and English as tabs. Without JavaScript every language
 * shows, one after the other; hydrated, one tab at a time, and after an answer the first tab
 * holding an error opens (its tab is marked). All inputs are sent whichever tab is open.
 */
export function LocaleTabs({ tabs, label, errorLabel }: { tabs: TextTab[]; label: string; errorLabel: string }) {
  const hydrated = useHydrated()
  const answer = useFormAnswer()
  const baseId = useId()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const submission = answer.submission ?? 0
  const hasError = (tab: TextTab) => tab.fields.some((field) => answer.fieldErrors?.[field])
  const [chosen, setChosen] = useState({ submission, id: tabs[0]?.id ?? "" })
  const current = chosen.submission === submission ? chosen.id : (tabs.find(hasError)?.id ?? chosen.id)

  if (!hydrated) {
    return (
      <div className="locale-tabs">
        {tabs.map((tab) => (
          <section key={tab.id} className="locale-tabs__panel" lang={tab.lang} aria-label={tab.label}>
            <h3 className="locale-tabs__heading">{tab.label}</h3>
            {tab.panel}
          </section>
        ))}
      </div>
    )
  }

  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]
    setChosen({ submission, id: tab.id })
    buttons.current[(index + tabs.length) % tabs.length]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl"
    const forward = rtl ? "ArrowLeft" : "ArrowRight"
    const backward = rtl ? "ArrowRight" : "ArrowLeft"
    if (event.key === forward) {
      event.preventDefault()
      select(index + 1)
    } else if (event.key === backward) {
      event.preventDefault()
      select(index - 1)
    } else if (event.key === "Home") {
      event.preventDefault()
      select(0)
    } else if (event.key === "End") {
      event.preventDefault()
      select(tabs.length - 1)
    }
  }

  return (
    <div className="locale-tabs">
      <div role="tablist" aria-label={label} className="locale-tabs__list">
        {tabs.map((tab, index) => {
          const selected = tab.id === current
          return (
            <button
              key={tab.id}
              ref={(element) => {
                buttons.current[index] = element
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              className="locale-tabs__tab"
              data-testid={`locale-tab-${tab.id}`}
              onClick={() => setChosen({ submission, id: tab.id })}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
              {hasError(tab) ? (
                <span className="locale-tabs__error" aria-label={errorLabel}>
                  {" !"}
                </span>
              ) : null}
            </button>
          )
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== current}
          lang={tab.lang}
          className="locale-tabs__panel"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  )
}

export type VariantRow = { id?: string; option_value?: string; price?: string; stock?: string }

type VariantLabels = {
  optionValue: string
  optionValueHint: string
  price: string
  stock: string
  add: string
  remove: string
  currency: string
  /** "Variant 1", "Variant 2"… one per possible row. */
  rowNames: string[]
}

/**
 * The product's variants: the option's value (250 g, 500 g…), price in MAD and stock. Without
 * JavaScript the rows the server drew are there (the existing ones and a blank one); hydrated,
 * rows can be added and removed. A removed existing variant is deleted when the product is saved.
 */
export function VariantRows({ initial, labels }: { initial: VariantRow[]; labels: VariantLabels }) {
  // Row numbers stay with their row, so inputs keep their names (and errors) when others go.
  const [rows, setRows] = useState(() => initial.map((row, index) => ({ ...row, row: index })))
  const hydrated = useHydrated()
  const answer = useFormAnswer()
  const nextRow = rows.reduce((max, row) => Math.max(max, row.row + 1), 0)
  const groupError = answer.fieldErrors?.variants

  return (
    <div className="variant-rows">
      {groupError ? <FieldError id="variants-error" error={groupError} /> : null}
      <ol className="variant-rows__list">
        {rows.map((row, index) => (
          <li key={row.row} className="variant-row" data-testid="variant-row">
            <fieldset className="variant-row__fields">
              <legend className="variant-row__legend">{labels.rowNames[index] ?? String(index + 1)}</legend>
              {row.id ? <input type="hidden" name={variantInput(row.row, "id")} value={row.id} /> : null}
              {row.id ? <input type="hidden" name={variantInput(row.row, "stock_was")} value={row.stock ?? ""} /> : null}
              <TextField idPrefix="product-" name={variantInput(row.row, "option_value")} label={labels.optionValue} hint={index === 0 ? labels.optionValueHint : undefined} defaultValue={row.option_value} dir="auto" maxLength={40} />
              <div className="field-row">
                <TextField idPrefix="product-" name={variantInput(row.row, "price")} label={`${labels.price} (${labels.currency})`} defaultValue={row.price} inputMode="text" dir="ltr" maxLength={12} />
                <TextField idPrefix="product-" name={variantInput(row.row, "stock")} label={labels.stock} defaultValue={row.stock} inputMode="numeric" dir="ltr" maxLength={6} />
              </div>
              {hydrated && rows.length > 1 ? (
                <button type="button" className="button-link" onClick={() => setRows(rows.filter((other) => other.row !== row.row))} data-testid="variant-remove">
                  {labels.remove}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {hydrated && rows.length < MAX_VARIANT_ROWS ? (
        <button type="button" className="button button--ghost button--small" onClick={() => setRows([...rows, { row: nextRow }])} data-testid="variant-add">
          {labels.add}
        </button>
      ) : null}
    </div>
  )
}

export type CheckboxOption = { value: string; label: string; hint?: string; image?: string }

/**
 * Checkboxes sharing one name (labels a product claims, photos kept). After an answer they show
 * what was sent (the answer's values, joined by new lines), not their initial state.
 */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues,
  otherValuesAsImages,
  testId,
}: {
  name: string
  legend: string
  options: CheckboxOption[]
  defaultValues: string[]
  /**
   * The answer may bring values of its own (photos uploaded by an attempt the backend refused):
   * they show as photos with this label.
   */
  otherValuesAsImages?: string
  testId?: string
}) {
  const answer = useFormAnswer()
  const sent = answer.values?.[name]
  const checked = sent === undefined ? defaultValues : sent.split(LIST_SEPARATOR).filter(Boolean)
  const known = new Set(options.map((option) => option.value))
  const others = otherValuesAsImages ? checked.filter((value) => !known.has(value)) : []
  const all: CheckboxOption[] = [...options, ...others.map((value) => ({ value, label: otherValuesAsImages ?? "", image: value }))]
  const error = answer.fieldErrors?.[name]
  const baseId = useId()
  if (all.length === 0) {
    return null
  }
  return (
    <fieldset className={error ? "choice-list field--invalid" : "choice-list"} data-testid={testId}>
      <legend>{legend}</legend>
      <ul role="list" className={all.some((option) => option.image) ? "choice-list__items choice-list__items--images" : "choice-list__items"}>
        {all.map((option, index) => (
          <li key={`${option.value}-${answer.submission ?? 0}`} className="choice-list__item">
            <input type="checkbox" id={`${baseId}-${index}`} name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
            <label htmlFor={`${baseId}-${index}`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a 96 px thumbnail of the cooperative's own photo in a client form: CatalogImage's optimiser check runs on the server only */}
              {option.image ? <img src={option.image} alt="" className="choice-list__image" loading="lazy" width={96} height={96} /> : null}
              <span dir="auto">{option.label}</span>
              {option.hint ? <span className="field__hint"> {option.hint}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={`${baseId}-error`} error={error} />
    </fieldset>
  )
}
