import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207182131 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" add column if not exists "contact_email" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop column if exists "contact_email";`);
  }

}
