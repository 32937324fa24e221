import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206230256 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_progress_event" drop constraint if exists "order_progress_event_event_check";`);

    this.addSql(`alter table if exists "order_progress_event" add constraint "order_progress_event_event_check" check("event" in ('accepted', 'prepared', 'shipped', 'delivered', 'cash_claimed', 'cash_collected', 'cancelled'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_progress_event_tracking_number" ON "order_progress_event" ("tracking_number") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_progress_event" drop constraint if exists "order_progress_event_event_check";`);

    this.addSql(`drop index if exists "IDX_order_progress_event_tracking_number";`);

    this.addSql(`alter table if exists "order_progress_event" add constraint "order_progress_event_event_check" check("event" in ('accepted', 'prepared', 'shipped', 'delivered', 'cash_collected', 'cancelled'));`);
  }

}
