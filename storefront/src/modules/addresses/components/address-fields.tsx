"use client"

import { useState, useSyncExternalStore } from "react"
import type { AddressInput, AddressValues } from "@/lib/util/address"
import { SelectField, TextField } from "@/modules/common/components/form-fields"

export type RegionOption = { code: string; name: string; provinces: { code: string; name: string }[] }

type Props = {
  regions: RegionOption[]
  labels: Record<AddressInput, string> & { choose: string; optional: string; phoneHint: string; postalCodeHint: string }
  values: AddressValues
  idPrefix: string
}

const noSubscription = () => () => undefined

/** True once the page is hydrated (false while rendering on the server and hydrating). */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false
  )
}

/**
 * The Moroccan address: region, then province or prefecture, then city and street. The province
 * list holds every province grouped by region, so it works without JavaScript (the backend
 * refuses a province outside the chosen region); once hydrated it keeps the chosen region's only.
 */
export function AddressFields({ regions, labels, values, idPrefix }: Props) {
  const [region, setRegion] = useState(values.region ?? "")
  const hydrated = useHydrated()
  const shown = hydrated && region ? regions.filter((entry) => entry.code === region) : regions

  return (
    <div className="address-fields">
      <div className="field-row">
        <TextField idPrefix={idPrefix} name="first_name" label={labels.first_name} defaultValue={values.first_name} required autoComplete="given-name" maxLength={100} />
        <TextField idPrefix={idPrefix} name="last_name" label={labels.last_name} defaultValue={values.last_name} required autoComplete="family-name" maxLength={100} />
      </div>
      <TextField
        idPrefix={idPrefix}
        name="phone"
        type="tel"
        label={labels.phone}
        hint={labels.phoneHint}
        defaultValue={values.phone}
        required
        autoComplete="tel"
        inputMode="tel"
        dir="ltr"
        maxLength={20}
      />
      <SelectField idPrefix={idPrefix} name="region" label={labels.region} defaultValue={values.region} required onChange={setRegion}>
        <option value="">{labels.choose}</option>
        {regions.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.name}
          </option>
        ))}
      </SelectField>
      <SelectField idPrefix={idPrefix} name="province" label={labels.province} defaultValue={values.province} required>
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
      <TextField idPrefix={idPrefix} name="city" label={labels.city} defaultValue={values.city} required autoComplete="address-level2" maxLength={100} />
      <TextField idPrefix={idPrefix} name="address_1" label={labels.address_1} defaultValue={values.address_1} required autoComplete="address-line1" maxLength={200} />
      <TextField
        idPrefix={idPrefix}
        name="address_2"
        label={labels.address_2}
        optionalLabel={labels.optional}
        defaultValue={values.address_2}
        autoComplete="address-line2"
        maxLength={200}
      />
      <TextField
        idPrefix={idPrefix}
        name="postal_code"
        label={labels.postal_code}
        optionalLabel={labels.optional}
        hint={labels.postalCodeHint}
        defaultValue={values.postal_code}
        autoComplete="postal-code"
        inputMode="numeric"
        dir="ltr"
        maxLength={5}
      />
    </div>
  )
}
