import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207185011 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "favourite_digest" drop constraint if exists "favourite_digest_customer_id_unique";`);
    this.addSql(`alter table if exists "favourite" drop constraint if exists "favourite_customer_id_kind_target_id_unique";`);
    this.addSql(`create table if not exists "favourite" ("id" text not null, "customer_id" text not null, "kind" text check ("kind" in ('product', 'cooperative')) not null, "target_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "favourite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_favourite_deleted_at" ON "favourite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_favourite_customer_id_kind_target_id_unique" ON "favourite" ("customer_id", "kind", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_favourite_kind_target_id" ON "favourite" ("kind", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "favourite_digest" ("id" text not null, "customer_id" text not null, "last_sent_at" timestamptz null, "unsubscribed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "favourite_digest_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_favourite_digest_customer_id_unique" ON "favourite_digest" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_favourite_digest_deleted_at" ON "favourite_digest" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "favourite" cascade;`);

    this.addSql(`drop table if exists "favourite_digest" cascade;`);
  }

}
