import { test } from "node:test"
import assert from "node:assert/strict"
import { normalizeMoroccanAddress, validateEmail, validateMoroccanAddress, type MoroccanAddress } from "./address"

const valid: MoroccanAddress = {
  first_name: "فاطمة",
  last_name: "الزهراء",
  address_1: "زنقة 5، حي المسيرة",
  city: "تاونات",
  province: "taounate",
  postal_code: "34000",
  country_code: "ma",
  phone: "06 12 34 56 78",
  metadata: { region: "03" },
}

const codes = (input: unknown, options = {}) =>
  validateMoroccanAddress(input, options).map((error) => `${error.field}:${error.code}`)

test("accepts a complete Moroccan shipping address", () => {
  assert.deepEqual(validateMoroccanAddress(valid, { requirePhone: true }), [])
  assert.deepEqual(validateMoroccanAddress({ ...valid, postal_code: null, address_2: "", metadata: null }, { requirePhone: true }), [])
})

test("names each missing field, with the prefix it is given", () => {
  assert.deepEqual(codes({}, { requirePhone: true, prefix: "shipping_address" }), [
    "shipping_address.first_name:required",
    "shipping_address.last_name:required",
    "shipping_address.address_1:required",
    "shipping_address.city:required",
    "shipping_address.province:required",
    "shipping_address.phone:required",
  ])
  assert.deepEqual(codes({ ...valid, phone: "  " }, { requirePhone: false }), [])
  assert.deepEqual(codes(null, { requirePhone: true }).length, 6)
  assert.deepEqual(codes("adr_123").length, 5)
})

test("wants a mobile for shipping and any Moroccan number otherwise", () => {
  assert.deepEqual(codes({ ...valid, phone: "0535123456" }, { requirePhone: true }), ["phone:not_mobile"])
  assert.deepEqual(codes({ ...valid, phone: "0535123456" }), [])
  assert.deepEqual(codes({ ...valid, phone: "+33612345678" }), ["phone:invalid_phone"])
  assert.deepEqual(codes({ ...valid, phone: 612345678 }, { requirePhone: true }), ["phone:invalid_phone"])
})

test("knows the provinces, the regions and which province lies in which region", () => {
  assert.deepEqual(codes({ ...valid, province: "Atlantis" }), ["province:unknown_province"])
  assert.deepEqual(codes({ ...valid, province: " Taounate " }), [])
  assert.deepEqual(codes({ ...valid, metadata: { region: "13" } }), ["metadata.region:unknown_region"])
  assert.deepEqual(codes({ ...valid, metadata: { region: "fes-meknes" } }), [])
  assert.deepEqual(codes({ ...valid, metadata: { region: "06" } }), ["province:province_not_in_region"])
})

test("accepts the province as people type it, in the three languages", () => {
  for (const province of ["Taounate", "TAOUNATE", "تاونات", "إقليم تاونات", "Province de Taounate", "taounate"]) {
    assert.deepEqual(codes({ ...valid, province }), [], province)
  }
  for (const province of ["Fès", "فاس", "FES", "Fez", "Préfecture de Fès", "عمالة فاس"]) {
    assert.deepEqual(codes({ ...valid, city: "فاس", province }), [], province)
    assert.equal(normalizeMoroccanAddress({ ...valid, city: "Fès", province }).province, "fes", province)
  }
  assert.equal(normalizeMoroccanAddress({ ...valid, province: "Dar el Beida", metadata: null }).province, "casablanca")
  assert.equal(normalizeMoroccanAddress({ ...valid, province: "العيون", metadata: null }).province, "laayoune")
})

test("infers an empty province from a known city, and wants one otherwise", () => {
  for (const province of ["", "  ", null, undefined]) {
    const address = { ...valid, city: "Ghafsai", province }
    assert.deepEqual(codes(address), [], JSON.stringify(province))
    assert.equal(normalizeMoroccanAddress(address).province, "taounate")
  }
  const { province: _omitted, ...withoutProvince } = valid
  assert.equal(normalizeMoroccanAddress<MoroccanAddress>({ ...withoutProvince, city: "قرية با محمد" }).province, "taounate")
  assert.equal(normalizeMoroccanAddress<MoroccanAddress>({ ...withoutProvince, city: "Azrou", metadata: null }).province, "ifrane")
  assert.deepEqual(codes({ ...valid, city: "Atlantis", province: "" }), ["province:required"])
  assert.deepEqual(codes({ ...withoutProvince, city: "Springfield" }, { prefix: "shipping_address" }), ["shipping_address.province:required"])
  // The inferred province is checked against the region like a typed one.
  assert.deepEqual(codes({ ...valid, city: "Bouskoura", province: "" }), ["province:province_not_in_region"])
})

test("an explicit province wins over the city; what cannot be read is refused, in the asked language", () => {
  assert.deepEqual(codes({ ...valid, city: "Azrou", province: "Taounate" }), [])
  assert.equal(normalizeMoroccanAddress({ ...valid, city: "Azrou", province: "Taounate" }).province, "taounate")
  // A town typed in the province field is read as its province.
  assert.equal(normalizeMoroccanAddress({ ...valid, province: "Ghafsai" }).province, "taounate")
  for (const province of ["Atlantis", "Fès Rabat", "fesx", 42, ["fes"]]) {
    assert.deepEqual(codes({ ...valid, city: "Ghafsai", province }), ["province:unknown_province"], JSON.stringify(province))
  }
  const [arabic] = validateMoroccanAddress({ ...valid, province: "Atlantis" }, { prefix: "shipping_address" })
  const [french] = validateMoroccanAddress({ ...valid, province: "Atlantis" }, { prefix: "shipping_address", locale: "fr" })
  const [english] = validateMoroccanAddress({ ...valid, province: "Atlantis" }, { prefix: "shipping_address", locale: "en" })
  assert.equal(arabic.field, "shipping_address.province")
  assert.equal(new Set([arabic.message, french.message, english.message]).size, 3)
  assert.match(arabic.message, /[\u0600-\u06ff]/)
  // Unreadable input is stored as before: trimmed and lower case (validation refuses it first).
  assert.equal(normalizeMoroccanAddress({ ...valid, province: " Atlantis " }).province, "atlantis")
})

test("checks the country, the postal code, lengths and value types", () => {
  assert.deepEqual(codes({ ...valid, country_code: "fr" }), ["country_code:unsupported_country"])
  assert.deepEqual(codes({ ...valid, country_code: "MA" }), [])
  assert.deepEqual(codes({ ...valid, postal_code: "3400" }), ["postal_code:invalid_postal_code"])
  assert.deepEqual(codes({ ...valid, address_1: "x".repeat(201) }), ["address_1:too_long"])
  assert.deepEqual(codes({ ...valid, city: 42, company: ["a"] }), ["city:invalid_value", "company:invalid_value"])
})

test("writes messages in the asked language, Arabic by default", () => {
  const [arabic] = validateMoroccanAddress({ ...valid, phone: "123" }, { prefix: "shipping_address" })
  assert.equal(arabic.field, "shipping_address.phone")
  assert.match(arabic.message, /الهاتف/)
  const [french] = validateMoroccanAddress({ ...valid, phone: "123" }, { locale: "fr" })
  assert.match(french.message, /Téléphone/)
  const [english] = validateMoroccanAddress({ ...valid, first_name: "" }, { locale: "en" })
  assert.equal(english.message, "First name is required.")
})

test("normalizes what it stores: +212 phone, trimmed text, codes, country ma", () => {
  const normalized = normalizeMoroccanAddress({
    ...valid,
    id: "caaddr_1",
    first_name: "  فاطمة ",
    address_2: "  ",
    province: " Taounate",
    country_code: "MA",
    postal_code: " 34000 ",
    phone: "06 12 34 56 78",
    metadata: { region: "fes-meknes", note: "kept" },
  })
  assert.deepEqual(normalized, {
    ...valid,
    id: "caaddr_1",
    first_name: "فاطمة",
    address_2: null,
    province: "taounate",
    country_code: "ma",
    postal_code: "34000",
    phone: "+212612345678",
    metadata: { region: "03", note: "kept" },
  })
  assert.equal(normalizeMoroccanAddress<MoroccanAddress>({ city: "Fès" }).country_code, "ma")
})

test("checks contact emails when given", () => {
  assert.equal(validateEmail(undefined), null)
  assert.equal(validateEmail("amina@example.ma"), null)
  assert.deepEqual(validateEmail("amina@", { locale: "fr" }), {
    field: "email",
    code: "invalid_email",
    message: "L'adresse e-mail « E-mail » n'est pas valide.",
  })
  assert.equal(validateEmail(42)?.code, "invalid_email")
})
