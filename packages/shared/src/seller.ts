import type { CooperativeSeller, CooperativeSellerSource } from "./cooperative"
import type { Locale } from "./locales"
import { provinceName, regionName } from "./regions"

/**
 * Who sells, in `locale`: the cooperative's legal name and registration number, its address with
 * the province and region named in that language (the code itself when unknown), its phone and email.
 */
export function cooperativeSeller(cooperative: CooperativeSellerSource, locale: Locale): CooperativeSeller {
  return {
    legal_name: cooperative.name,
    registration_number: cooperative.legal_registration_number,
    address: {
      commune: cooperative.commune,
      province: provinceName(cooperative.province, locale) ?? cooperative.province,
      region: regionName(cooperative.region, locale) ?? cooperative.region,
    },
    phone: cooperative.contact_phone || null,
    email: cooperative.contact_email || null,
  }
}
