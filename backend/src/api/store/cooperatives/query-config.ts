/** What the store may read of a cooperative: never its status or moderation notes. */
export const storeCooperativeFields = [
  "id",
  "handle",
  "name",
  "legal_registration_number",
  "region",
  "province",
  "commune",
  "sector",
  "founding_year",
  "member_count",
  "women_member_count",
  "story",
  "logo",
  "contact_phone",
  "contact_email",
]

export const retrieveCooperativeQueryConfig = {
  defaults: storeCooperativeFields,
  allowed: storeCooperativeFields,
  isList: false,
}

export const listCooperativesQueryConfig = {
  ...retrieveCooperativeQueryConfig,
  defaultLimit: 12,
  isList: true,
}

/** The product fields a cooperative page shows: enough for a product card. */
export const cooperativeProductFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.calculated_price.*",
]
