import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129082631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_idempotency_key_unique";`);
    this.addSql(`alter table if exists "commission_rate" drop constraint if exists "commission_rate_scope_unique";`);
    this.addSql(`create table if not exists "commission_rate" ("id" text not null, "scope" text not null, "cooperative_id" text null, "rate" numeric not null, "raw_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rate_scope_unique" ON "commission_rate" ("scope") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rate_deleted_at" ON "commission_rate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "cooperative_id" text not null, "type" text check ("type" in ('sale', 'commission', 'refund', 'payout')) not null, "amount" numeric not null, "currency_code" text not null, "occurred_at" timestamptz not null, "order_id" text null, "rate" numeric null, "method" text check ("method" in ('bank_transfer', 'cheque', 'cash', 'mobile_wallet')) null, "reference" text null, "note" text null, "recorded_by" text null, "idempotency_key" text not null, "raw_amount" jsonb not null, "raw_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_idempotency_key_unique" ON "ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_cooperative_id_occurred_at" ON "ledger_entry" ("cooperative_id", "occurred_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_rate" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
