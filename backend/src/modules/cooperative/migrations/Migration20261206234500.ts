import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Registration numbers are stored in one form (capitals, no spaces: `normalizeRegistrationNumber`
 * in @tadamon/shared), so the unique index catches "odco 12/345" against "ODCO12/345". Rows whose
 * normal form another row already holds are left as they are, for organizers to look at.
 */
export class Migration20261206234500 extends Migration {
  override async up(): Promise<void> {
    const normal = `upper(regexp_replace(normalize(c.legal_registration_number, NFKC), '\\s', '', 'g'))`
    this.addSql(`
      update "cooperative" c set "legal_registration_number" = ${normal}
      where c."legal_registration_number" <> ${normal}
        and not exists (select 1 from "cooperative" o where o."id" <> c."id" and o."legal_registration_number" = ${normal});
    `)
  }

  override async down(): Promise<void> {
    // The original spelling is not kept: nothing to restore.
  }
}
