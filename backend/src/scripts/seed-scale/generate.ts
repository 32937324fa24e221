import { MedusaError } from "@medusajs/framework/utils"
import { CITIES, findProvince, regionOfProvince, SECTORS, type Locale, type LocalizedText, type Sector } from "@tadamon/shared"
import type { CooperativeShippingRates } from "../../domain/onboarding/cooperative-shipping"
import { COOPERATIVES, type SeedCooperative } from "../seed-data/cooperatives"
import { PRODUCTS, type SeedProduct } from "../seed-data/products"
import { seededRandom } from "./random"
import {
  COMMON_SENTENCES,
  COOPERATIVE_NAMES,
  FEATURES,
  MAKER_SENTENCE,
  PRODUCT_KINDS,
  SECTOR_SENTENCES,
  SECTOR_STORIES,
  type ProductKind,
} from "./vocabulary"

/**
 * The benchmark catalog, computed: product number n (1, 2, …) is always the same product, made by
 * the same cooperative, whatever the run or the total asked for, so a larger run tops a smaller
 * one up. Pure: nothing here touches the database.
 */

/** Generated cooperatives, approved, beside the demo's; their number is fixed so products keep their maker. */
export const GENERATED_COOPERATIVE_COUNT = 200
/** A bound against typos (an extra zero or two); far above what a benchmark needs. */
export const MAX_PRODUCTS = 1_000_000

export const productHandle = (n: number) => `gen-${n}`
export const cooperativeHandle = (n: number) => `gen-coop-${String(n).padStart(3, "0")}`

/** A generated cooperative: a demo-shaped record with its region and shipping rates. */
export type GeneratedCooperative = SeedCooperative & { region: string; rates: CooperativeShippingRates }

/** A generated product: a demo-shaped record that shows the pictures of the demo product `looksLike`. */
export type GeneratedProduct = SeedProduct & { looksLike: string }

/** The number of products to generate, from a command-line word; a clear error otherwise. */
export function parseProductCount(value: unknown): number {
  // `medusa exec` passes its arguments as yargs parsed them: "5000" may arrive as the number 5000.
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : ""
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_PRODUCTS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The number of products must be a whole number from 1 to ${MAX_PRODUCTS.toLocaleString("en")} (got "${text}")`
    )
  }
  return Number(text)
}

const ELIDED = /^[AEIOUÂÉÈÊÎÔaeiouâéèêîô]/
/** French "de Taza", "d'Ifrane". */
const deFr = (name: string) => (ELIDED.test(name) ? `d'${name}` : `de ${name}`)

/** "إقليم تازة" / "province de Taza" / "Taza province" (or prefecture), without article. */
export function whereOf(provinceCode: string): LocalizedText {
  const province = findProvince(provinceCode)
  if (!province) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown province "${provinceCode}"`)
  }
  const { name } = province
  return province.kind === "prefecture"
    ? { ar: `عمالة ${name.ar}`, fr: `préfecture ${deFr(name.fr)}`, en: `${name.en} prefecture` }
    : { ar: `إقليم ${name.ar}`, fr: `province ${deFr(name.fr)}`, en: `${name.en} province` }
}

function localized(make: (locale: Locale) => string): LocalizedText {
  return { ar: make("ar"), fr: make("fr"), en: make("en") }
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("fr") + text.slice(1)

const TOWNS = CITIES.filter((city) => findProvince(city.province) && regionOfProvince(city.province))

export function generatedCooperative(n: number): GeneratedCooperative {
  const random = seededRandom(`gen-coop:${n}`)
  const sector: Sector = SECTORS[(n - 1) % SECTORS.length]
  const town = random.pick(TOWNS)
  const stem = random.pick(COOPERATIVE_NAMES)
  const women = random.chance(0.4)
  const members = random.int(7, 60)
  const womenMembers = women ? members : random.int(2, members - 2)
  const year = random.int(1995, 2024)
  const where = whereOf(town.province)
  const amana = 5 * random.int(6, 10)
  return {
    handle: cooperativeHandle(n),
    legal_registration_number: `DEMO-GEN-${String(n).padStart(4, "0")}`,
    region: regionOfProvince(town.province)?.code ?? "",
    province: town.province,
    sector,
    founding_year: year,
    member_count: members,
    women_member_count: womenMembers,
    // Reserved-looking numbers, as the demo's: +212 6 001 nnnnn.
    contact_phone: `+2126001${String(n).padStart(5, "0")}`,
    contact_email: `${cooperativeHandle(n)}@cooperatives.example`,
    status: "approved",
    name: women
      ? { ar: `تعاونية ${stem.ar} النسوية ب${town.name.ar}`, fr: `Coopérative féminine ${stem.fr} ${deFr(town.name.fr)}`, en: `${stem.en} Women's Cooperative of ${town.name.en}` }
      : { ar: `تعاونية ${stem.ar} ب${town.name.ar}`, fr: `Coopérative ${stem.fr} ${deFr(town.name.fr)}`, en: `${stem.en} Cooperative of ${town.name.en}` },
    commune: town.name,
    story: localized((locale) =>
      [
        (women
          ? {
              ar: `تأسست التعاونية سنة ${year} في ${town.name.ar} (${where.ar})، وعدد عضواتها ${members}.`,
              fr: `Fondée en ${year} à ${town.name.fr} (${where.fr}), la coopérative compte ${members} membres, toutes des femmes.`,
              en: `Founded in ${year} in ${town.name.en} (${where.en}), the cooperative has ${members} members, all of them women.`,
            }
          : {
              ar: `تأسست التعاونية سنة ${year} في ${town.name.ar} (${where.ar})، وعدد أعضائها ${members}، منهم ${womenMembers} من النساء.`,
              fr: `Fondée en ${year} à ${town.name.fr} (${where.fr}), la coopérative compte ${members} membres, dont ${womenMembers} femmes.`,
              en: `Founded in ${year} in ${town.name.en} (${where.en}), the cooperative has ${members} members, ${womenMembers} of them women.`,
            })[locale],
        SECTOR_STORIES[sector][locale],
      ].join(" ")
    ),
    rates: { amana, home_delivery: amana - 5 * random.int(1, 3), free_above: random.pick([null, 300, 400, 500, 600, 800]) },
  }
}

export function generatedCooperatives(count = GENERATED_COOPERATIVE_COUNT): GeneratedCooperative[] {
  return Array.from({ length: count }, (_, index) => generatedCooperative(index + 1))
}

let pool: SeedCooperative[] | undefined
/** The makers of generated products: the demo's approved cooperatives, then the generated ones. */
export function cooperativePool(): SeedCooperative[] {
  pool ??= [...COOPERATIVES.filter((cooperative) => cooperative.status === "approved"), ...generatedCooperatives()]
  return pool
}

const KINDS_BY_SECTOR = new Map<Sector, ProductKind[]>(SECTORS.map((sector) => [sector, PRODUCT_KINDS.filter((kind) => kind.sector === sector)]))
const IMAGE_OF = new Map(PRODUCTS.map((product) => [product.handle, product.image]))

const productRandom = (n: number) => seededRandom(`gen-product:${n}`)

/** Handle of the cooperative that makes product n (the first draw of its generator). */
export function cooperativeOf(n: number): string {
  return productRandom(n).pick(cooperativePool()).handle
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "")
const roundTo5 = (amount: number) => Math.max(5, Math.round(amount / 5) * 5)

export function generatedProduct(n: number): GeneratedProduct {
  const random = productRandom(n)
  const cooperative = random.pick(cooperativePool())
  const kind = random.pick(KINDS_BY_SECTOR.get(cooperative.sector) ?? [])
  const where = whereOf(cooperative.province)
  const feature = random.pick(FEATURES[cooperative.sector])
  const { title: base, description } = kind
  const from: LocalizedText = { ar: `من ${where.ar}`, fr: `de la ${where.fr}`, en: `from ${where.en}` }

  const form = random.int(0, 2)
  const title = localized((locale) =>
    form === 0 ? `${base[locale]} ${from[locale]}` : form === 1 ? `${base[locale]} – ${cooperative.commune[locale]}` : `${base[locale]} (${feature[locale]})`
  )
  const subtitle =
    form === 2 ? localized((locale) => capitalize(from[locale])) : random.chance(0.5) ? localized((locale) => capitalize(feature[locale])) : undefined

  const maker = MAKER_SENTENCE[cooperative.sector === "crafts" ? "crafts" : "food"]
  const notes = kind.notes ?? SECTOR_SENTENCES[cooperative.sector]
  const sentences = [description, maker, random.pick(notes), ...(random.chance(0.6) ? [random.pick(COMMON_SENTENCES)] : [])]
  const text = localized((locale) =>
    sentences.map((sentence) => fill(sentence[locale], { cooperative: cooperative.name[locale], where: where[locale] })).join(" ")
  )

  const count = random.int(1, Math.min(3, kind.ladder.length))
  const first = random.int(0, kind.ladder.length - count)
  const factor = 0.85 + random.next() * 0.4
  const variants = kind.ladder.slice(first, first + count).map((variant) => ({
    ...variant,
    price: roundTo5(variant.price * factor),
    stock: random.chance(0.1) ? 0 : random.int(1, 60),
  }))

  return {
    handle: productHandle(n),
    cooperative: cooperative.handle,
    categories: kind.categories,
    sku: `GEN-${n}`,
    image: IMAGE_OF.get(kind.looksLike) ?? { kind: "jar" },
    looksLike: kind.looksLike,
    title,
    ...(subtitle ? { subtitle } : {}),
    description: text,
    option: kind.option,
    variants,
  }
}

/** Products 1..total in workflow-sized batches, each of one cooperative (the product hook links one). */
export function productBatches(total: number, size: number): { cooperative: string; numbers: number[] }[] {
  const byCooperative = new Map<string, number[]>(cooperativePool().map((cooperative) => [cooperative.handle, []]))
  for (let n = 1; n <= total; n++) {
    byCooperative.get(cooperativeOf(n))?.push(n)
  }
  return [...byCooperative].flatMap(([cooperative, numbers]) => {
    // Even batches: 260 products make two of 130, not 250 and 10.
    const each = Math.ceil(numbers.length / Math.ceil(numbers.length / size))
    return Array.from({ length: Math.ceil(numbers.length / each) }, (_, index) => ({
      cooperative,
      numbers: numbers.slice(index * each, (index + 1) * each),
    }))
  })
}
