import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129082630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_progress_event" drop constraint if exists "order_progress_event_order_id_event_unique";`);
    this.addSql(`create table if not exists "order_progress_event" ("id" text not null, "order_id" text not null, "cooperative_id" text not null, "event" text check ("event" in ('accepted', 'prepared', 'shipped', 'delivered', 'cash_collected', 'cancelled')) not null, "actor_type" text not null, "actor_id" text null, "fulfillment_id" text null, "carrier" text null, "tracking_number" text null, "tracking_url" text null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_progress_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_progress_event_cooperative_id" ON "order_progress_event" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_progress_event_deleted_at" ON "order_progress_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_progress_event_order_id_event_unique" ON "order_progress_event" ("order_id", "event") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_progress_event" cascade;`);
  }

}
