import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207185114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_request" drop constraint if exists "review_request_order_id_unique";`);
    this.addSql(`alter table if exists "review_report" drop constraint if exists "review_report_review_id_reporter_key_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_line_item_id_unique";`);
    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "cooperative_id" text not null, "customer_id" text not null, "order_id" text not null, "line_item_id" text not null, "rating" integer not null, "text" text null, "language" text check ("language" in ('ar', 'fr', 'en')) not null, "author_name" text not null, "status" text check ("status" in ('visible', 'hidden')) not null default 'visible', "hidden_reason" text null, "report_count" integer not null default 0, "answer_text" text null, "answer_member_id" text null, "answered_at" timestamptz null, "answer_updated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_line_item_id_unique" ON "review" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_cooperative_id_created_at" ON "review" ("cooperative_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id" ON "review" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_status_report_count" ON "review" ("status", "report_count") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_moderation_event" ("id" text not null, "action" text check ("action" in ('hide', 'restore')) not null, "actor_id" text null, "actor_email" text null, "reason" text null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_moderation_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_moderation_event_review_id" ON "review_moderation_event" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_moderation_event_deleted_at" ON "review_moderation_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_moderation_event_review_id_created_at" ON "review_moderation_event" ("review_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_report" ("id" text not null, "reporter_key" text not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_review_id" ON "review_report" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_deleted_at" ON "review_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_report_review_id_reporter_key_unique" ON "review_report" ("review_id", "reporter_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_request" ("id" text not null, "order_id" text not null, "customer_id" text not null, "locale" text null, "sent_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_deleted_at" ON "review_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_request_order_id_unique" ON "review_request" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "review_moderation_event" add constraint "review_moderation_event_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade;`);

    this.addSql(`alter table if exists "review_report" add constraint "review_report_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_moderation_event" drop constraint if exists "review_moderation_event_review_id_foreign";`);

    this.addSql(`alter table if exists "review_report" drop constraint if exists "review_report_review_id_foreign";`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_moderation_event" cascade;`);

    this.addSql(`drop table if exists "review_report" cascade;`);

    this.addSql(`drop table if exists "review_request" cascade;`);
  }

}
