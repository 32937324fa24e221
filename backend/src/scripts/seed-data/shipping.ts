import type { CooperativeShippingRates } from "../../domain/onboarding/cooperative-shipping"

/**
 * What each demo cooperative charges for shipping, in MAD: Amana anywhere in Morocco (free from
 * `free_above`, or never when null), home delivery within its province. Pickup at the market's
 * solidarity store is always free. Invented figures in the range Moroccan sellers charge.
 */
export const SHIPPING_RATES: Record<string, CooperativeShippingRates> = {
  "nahl-ouergha": { amana: 40, home_delivery: 25, free_above: 500 },
  "nahlat-al-jabal": { amana: 35, home_delivery: 20, free_above: 400 },
  "nisaa-tissa": { amana: 35, home_delivery: 20, free_above: 300 },
  "khayrat-ain-aicha": { amana: 40, home_delivery: 25, free_above: 400 },
  "zitouna-karia": { amana: 45, home_delivery: 30, free_above: 600 },
  "bassatine-agourai": { amana: 45, home_delivery: 25, free_above: 600 },
  "aachab-bouadel": { amana: 35, home_delivery: 20, free_above: 250 },
  "minsaj-taounate": { amana: 45, home_delivery: 30, free_above: null },
  "arz-azrou": { amana: 45, home_delivery: 30, free_above: 700 },
  "khayt-sefrou": { amana: 40, home_delivery: 25, free_above: 500 },
  "zhour-tafrant": { amana: 40, home_delivery: 25, free_above: 400 },
}
