import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129095643 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "moderation_event" ("id" text not null, "action" text check ("action" in ('approve', 'reject', 'suspend', 'reinstate', 'verify_document', 'refuse_document', 'expire_document', 'publish_product', 'reject_product', 'trust', 'distrust')) not null, "target_type" text check ("target_type" in ('cooperative', 'document', 'product')) not null, "target_id" text not null, "actor_id" text null, "actor_email" text null, "reason" text null, "details" jsonb null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "moderation_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_event_cooperative_id" ON "moderation_event" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_event_deleted_at" ON "moderation_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_event_cooperative_id_created_at" ON "moderation_event" ("cooperative_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_event_target_id_action" ON "moderation_event" ("target_id", "action") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "moderation_event" add constraint "moderation_event_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_status_check";`);

    this.addSql(`alter table if exists "cooperative" add column if not exists "trusted" boolean not null default false;`);
    this.addSql(`alter table if exists "cooperative" add constraint "cooperative_status_check" check("status" in ('pending', 'approved', 'suspended', 'rejected'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "moderation_event" cascade;`);

    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_status_check";`);

    this.addSql(`alter table if exists "cooperative" drop column if exists "trusted";`);

    this.addSql(`alter table if exists "cooperative" add constraint "cooperative_status_check" check("status" in ('pending', 'approved', 'suspended'));`);
  }

}
