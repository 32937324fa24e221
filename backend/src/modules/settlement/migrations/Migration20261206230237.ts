import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206230237 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cod_remittance" ("id" text not null, "carrier" text check ("carrier" in ('amana')) not null default 'amana', "filename" text null, "imported_by" text null, "currency_code" text not null, "line_count" integer not null default 0, "captured_count" integer not null default 0, "flagged_count" integer not null default 0, "captured_amount" numeric not null default 0, "raw_captured_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cod_remittance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_remittance_deleted_at" ON "cod_remittance" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cod_remittance_line" ("id" text not null, "line" integer not null, "tracking_number" text null, "amount" numeric null, "paid_on" text null, "outcome" text check ("outcome" in ('captured', 'amount_mismatch', 'unknown_tracking', 'ambiguous_tracking', 'already_settled', 'duplicate_in_file', 'not_cash_on_delivery', 'not_carrier', 'cancelled', 'invalid_row', 'failed')) not null, "error" text null, "order_id" text null, "cooperative_id" text null, "expected_amount" numeric null, "delivery_recorded" boolean not null default false, "message" text null, "remittance_id" text not null, "raw_amount" jsonb null, "raw_expected_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cod_remittance_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_remittance_line_order_id" ON "cod_remittance_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_remittance_line_remittance_id" ON "cod_remittance_line" ("remittance_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cod_remittance_line_deleted_at" ON "cod_remittance_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cod_remittance_line" add constraint "cod_remittance_line_remittance_id_foreign" foreign key ("remittance_id") references "cod_remittance" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_type_check";`);

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "available_at" timestamptz null;`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_type_check" check("type" in ('sale', 'commission', 'cash_held', 'refund', 'payout'));`);
    // Sales already in the ledger wait out the default holding period (7 days) like new ones.
    this.addSql(`update "ledger_entry" set "available_at" = "occurred_at" + interval '7 days' where "available_at" is null and ("idempotency_key" like 'sale:%' or "idempotency_key" like 'commission:%');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cod_remittance_line" drop constraint if exists "cod_remittance_line_remittance_id_foreign";`);

    this.addSql(`drop table if exists "cod_remittance" cascade;`);

    this.addSql(`drop table if exists "cod_remittance_line" cascade;`);

    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_type_check";`);

    this.addSql(`alter table if exists "ledger_entry" drop column if exists "available_at";`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_type_check" check("type" in ('sale', 'commission', 'refund', 'payout'));`);
  }

}
