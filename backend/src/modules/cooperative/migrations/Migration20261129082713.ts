import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129082713 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_invitation" drop constraint if exists "cooperative_invitation_token_hash_unique";`);
    this.addSql(`create table if not exists "cooperative_document" ("id" text not null, "type" text check ("type" in ('sanitary_authorisation', 'igp', 'organic', 'other')) not null, "label_name" text null, "number" text null, "issuer" text null, "valid_until" timestamptz null, "file_url" text not null, "status" text check ("status" in ('pending', 'verified', 'refused')) not null default 'pending', "verified_at" timestamptz null, "verified_by" text null, "refusal_reason" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_document_cooperative_id" ON "cooperative_document" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_document_deleted_at" ON "cooperative_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_document_cooperative_id_type" ON "cooperative_document" ("cooperative_id", "type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_invitation" ("id" text not null, "email" text not null, "token_hash" text not null, "role" text check ("role" in ('member')) not null default 'member', "status" text check ("status" in ('pending', 'accepted', 'revoked')) not null default 'pending', "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text null, "member_id" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_invitation_token_hash_unique" ON "cooperative_invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invitation_cooperative_id" ON "cooperative_invitation" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invitation_deleted_at" ON "cooperative_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invitation_cooperative_id_email_status" ON "cooperative_invitation" ("cooperative_id", "email", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_document" add constraint "cooperative_document_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cooperative_invitation" add constraint "cooperative_invitation_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cooperative" add column if not exists "locale" text check ("locale" in ('ar', 'fr', 'en')) not null default 'ar';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_document" cascade;`);

    this.addSql(`drop table if exists "cooperative_invitation" cascade;`);

    this.addSql(`alter table if exists "cooperative" drop column if exists "locale";`);
  }

}
