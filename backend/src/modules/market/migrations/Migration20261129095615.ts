import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129095615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "edition_participant" drop constraint if exists "edition_participant_edition_id_stand_number_unique";`);
    this.addSql(`alter table if exists "edition_participant" drop constraint if exists "edition_participant_edition_id_cooperative_id_unique";`);
    this.addSql(`alter table if exists "edition" drop constraint if exists "edition_handle_unique";`);
    this.addSql(`create table if not exists "edition" ("id" text not null, "handle" text not null, "name" text not null, "venue" text not null, "province" text not null, "starts_on" text not null, "ends_on" text not null, "edition_number" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "edition_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_edition_handle_unique" ON "edition" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_edition_province" ON "edition" ("province") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_edition_deleted_at" ON "edition" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_edition_starts_on" ON "edition" ("starts_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "edition_participant" ("id" text not null, "cooperative_id" text not null, "stand_number" text not null, "edition_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "edition_participant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_edition_participant_edition_id" ON "edition_participant" ("edition_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_edition_participant_deleted_at" ON "edition_participant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_edition_participant_edition_id_cooperative_id_unique" ON "edition_participant" ("edition_id", "cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_edition_participant_edition_id_stand_number_unique" ON "edition_participant" ("edition_id", "stand_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_edition_participant_cooperative_id" ON "edition_participant" ("cooperative_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "program_item" ("id" text not null, "kind" text check ("kind" in ('workshop', 'seminar', 'performance', 'other')) not null, "title" text not null, "day" text not null, "starts_at" text not null, "ends_at" text null, "edition_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "program_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_program_item_edition_id" ON "program_item" ("edition_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_program_item_deleted_at" ON "program_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_program_item_edition_id_day_starts_at" ON "program_item" ("edition_id", "day", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "edition_participant" add constraint "edition_participant_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "program_item" add constraint "program_item_edition_id_foreign" foreign key ("edition_id") references "edition" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "edition_participant" drop constraint if exists "edition_participant_edition_id_foreign";`);

    this.addSql(`alter table if exists "program_item" drop constraint if exists "program_item_edition_id_foreign";`);

    this.addSql(`drop table if exists "edition" cascade;`);

    this.addSql(`drop table if exists "edition_participant" cascade;`);

    this.addSql(`drop table if exists "program_item" cascade;`);
  }

}
