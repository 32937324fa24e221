import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206233006 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_upload" drop constraint if exists "cooperative_upload_file_id_unique";`);
    this.addSql(`create table if not exists "cooperative_upload" ("id" text not null, "file_id" text not null, "kind" text check ("kind" in ('photo', 'document')) not null, "url" text null, "mime_type" text check ("mime_type" in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')) not null, "size" integer not null, "cooperative_id" text null, "auth_identity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_upload_file_id_unique" ON "cooperative_upload" ("file_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_upload_deleted_at" ON "cooperative_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_upload_cooperative_id_kind" ON "cooperative_upload" ("cooperative_id", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_upload_auth_identity_id_kind" ON "cooperative_upload" ("auth_identity_id", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_upload_url" ON "cooperative_upload" ("url") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_document" rename column "file_url" to "file_id";`);
    // Documents filed before uploads were recorded held the file's URL: keep its key (the last path
    // segment, the local provider's key). Those files stay where they were uploaded.
    this.addSql(`update "cooperative_document" set "file_id" = regexp_replace("file_id", '^.*/', '') where "file_id" ~ '^https?://';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_upload" cascade;`);

    this.addSql(`alter table if exists "cooperative_document" rename column "file_id" to "file_url";`);
  }

}
