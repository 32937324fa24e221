import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207145211 extends Migration {

  override async up(): Promise<void> {
    // levenshtein_less_equal() for typo tolerance; a trusted extension (a database owner may create it).
    this.addSql(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;`);
    this.addSql(`alter table if exists "search_document" drop constraint if exists "search_document_kind_record_id_unique";`);
    this.addSql(`create table if not exists "search_document" ("id" text not null, "kind" text check ("kind" in ('product', 'cooperative')) not null, "record_id" text not null, "handle" text not null, "names" jsonb not null, "words" text[] not null, "title_words" text[] not null, "sales_channel_ids" text[] not null, "cooperative_handle" text null, "province" text null, "category_handles" text[] not null, "labels" text[] not null, "edition_handles" text[] not null, "price_min" real null, "in_stock" boolean not null default false, "listed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_document_kind_record_id_unique" ON "search_document" ("kind", "record_id") WHERE deleted_at IS NULL;`);

    // A query word matches through `words && ARRAY[...]`; a category page filters on its handles.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_words" ON "search_document" USING gin ("words") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_category_handles" ON "search_document" USING gin ("category_handles") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_kind_listed_at" ON "search_document" ("kind", "listed_at" DESC) WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "search_word" ("word" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_word_pkey" primary key ("word"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_word_deleted_at" ON "search_word" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);

    this.addSql(`drop table if exists "search_word" cascade;`);
  }

}
