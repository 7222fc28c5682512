CREATE TABLE "ledger_carried_balances" (
	"fiscal_year" integer NOT NULL,
	"account" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	CONSTRAINT "ledger_carried_balances_fiscal_year_account_pk" PRIMARY KEY("fiscal_year","account")
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"placed_by" uuid,
	"released_at" timestamp with time zone,
	"released_by" uuid
);
--> statement-breakpoint
CREATE TABLE "retention_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"target" text NOT NULL,
	"rule" text NOT NULL,
	"action" text NOT NULL,
	"rows" integer NOT NULL,
	"related" jsonb NOT NULL,
	"files" integer NOT NULL,
	"id_hashes" text[] NOT NULL,
	"earliest_anchor" timestamp with time zone NOT NULL,
	"latest_anchor" timestamp with time zone NOT NULL,
	"policy_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_file_queue" (
	"path" text PRIMARY KEY NOT NULL,
	"queued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"as_of" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"policy_version" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invoice_payments" ALTER COLUMN "voucher_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "implantable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "device_supplies" ADD COLUMN "implantable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "retention_actions" ADD CONSTRAINT "retention_actions_run_id_retention_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."retention_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_holds_subject_idx" ON "legal_holds" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "retention_actions_run_idx" ON "retention_actions" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "retention_actions_at_idx" ON "retention_actions" USING btree ("at");--> statement-breakpoint
CREATE INDEX "retention_runs_started_idx" ON "retention_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "invoice_payments_voucher_idx" ON "invoice_payments" USING btree ("voucher_id");--> statement-breakpoint
CREATE INDEX "invoices_issue_idx" ON "invoices" USING btree ("issue_date");--> statement-breakpoint
CREATE INDEX "recall_notices_created_idx" ON "recall_notices" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "carrier_events_shipment_idx" ON "carrier_events" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "device_supplies_line_idx" ON "device_supplies" USING btree ("shipment_line_id");--> statement-breakpoint
CREATE INDEX "device_supplies_supplied_idx" ON "device_supplies" USING btree ("supplied_on");--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_implantable_check" CHECK (not "products"."implantable" or "products"."medical_device");