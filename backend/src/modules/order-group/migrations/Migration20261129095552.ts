import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129095552 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_group" add column if not exists "edition_id" text null, add column if not exists "channel" text not null default 'other', add column if not exists "attributed_cooperative_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_edition_id" ON "order_group" ("edition_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_order_group_edition_id";`);
    this.addSql(`alter table if exists "order_group" drop column if exists "edition_id", drop column if exists "channel", drop column if exists "attributed_cooperative_id";`);
  }

}
