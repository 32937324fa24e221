import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129061529 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_legal_registration_number_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "name" text not null, "handle" text not null, "legal_registration_number" text not null, "region" text not null, "province" text not null, "commune" text not null, "sector" text check ("sector" in ('honey', 'figs-dried-fruit', 'herbs', 'olive-oil', 'crafts')) not null, "founding_year" integer null, "member_count" integer not null default 0, "women_member_count" integer not null default 0, "story" text not null, "logo" text null, "contact_phone" text null, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "status_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_legal_registration_number_unique" ON "cooperative" ("legal_registration_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_province" ON "cooperative" ("province") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_province_sector" ON "cooperative" ("status", "province", "sector") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative" cascade;`);
  }

}
