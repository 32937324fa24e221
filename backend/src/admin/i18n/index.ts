/**
 * Translations of Tadamon's Admin extensions, one namespace per area (`useTranslation("editions")`),
 * in English (the Admin's default), French and Arabic. Each area keeps one JSON file per language
 * with the same keys (checked by src/admin/__tests__/i18n.unit.spec.ts).
 */
import customerReviewsAr from "./json/customer-reviews/ar.json" with { type: "json" }
import customerReviewsEn from "./json/customer-reviews/en.json" with { type: "json" }
import customerReviewsFr from "./json/customer-reviews/fr.json" with { type: "json" }
import editionsAr from "./json/editions/ar.json" with { type: "json" }
import editionsEn from "./json/editions/en.json" with { type: "json" }
import editionsFr from "./json/editions/fr.json" with { type: "json" }
import moderationAr from "./json/moderation/ar.json" with { type: "json" }
import moderationEn from "./json/moderation/en.json" with { type: "json" }
import moderationFr from "./json/moderation/fr.json" with { type: "json" }
import reportsAr from "./json/reports/ar.json" with { type: "json" }
import reportsEn from "./json/reports/en.json" with { type: "json" }
import reportsFr from "./json/reports/fr.json" with { type: "json" }
import settlementAr from "./json/settlement/ar.json" with { type: "json" }
import settlementEn from "./json/settlement/en.json" with { type: "json" }
import settlementFr from "./json/settlement/fr.json" with { type: "json" }

export default {
  en: { customerReviews: customerReviewsEn, editions: editionsEn, moderation: moderationEn, reports: reportsEn, settlement: settlementEn },
  fr: { customerReviews: customerReviewsFr, editions: editionsFr, moderation: moderationFr, reports: reportsFr, settlement: settlementFr },
  ar: { customerReviews: customerReviewsAr, editions: editionsAr, moderation: moderationAr, reports: reportsAr, settlement: settlementAr },
}
