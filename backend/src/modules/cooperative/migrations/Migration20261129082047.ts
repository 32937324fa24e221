import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129082047 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_email_unique";`);
    this.addSql(`create table if not exists "cooperative_member" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text not null, "phone" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "locale" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_email_unique" ON "cooperative_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_member" add constraint "cooperative_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_member" cascade;`);
  }

}
