CREATE TABLE "erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"approved_by" uuid NOT NULL,
	"executed_at" timestamp with time zone NOT NULL,
	"plan_hash" text NOT NULL,
	"erased" jsonb NOT NULL,
	"kept" jsonb NOT NULL,
	"recipients" text[] NOT NULL,
	"suppressed" integer NOT NULL,
	"policy_version" text NOT NULL,
	CONSTRAINT "erasures_request_id_unique" UNIQUE("request_id"),
	CONSTRAINT "erasures_suppressed_check" CHECK ("erasures"."suppressed" >= 0)
);
--> statement-breakpoint
CREATE TABLE "marketing_suppressions" (
	"email_hash" text PRIMARY KEY NOT NULL,
	"channels" text[] NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recipient_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"categories" text[] NOT NULL,
	"disclosures" integer NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recipient_notices_kind_check" CHECK ("recipient_notices"."kind" in ('erasure', 'rectification'))
);
--> statement-breakpoint
CREATE TABLE "restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"erasure_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"table_name" text NOT NULL,
	"rule" text NOT NULL,
	"rows" integer NOT NULL,
	"until" date,
	"restricted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "restrictions_subject_type_check" CHECK ("restrictions"."subject_type" in ('contact', 'company'))
);
--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_erasure_id_erasures_id_fk" FOREIGN KEY ("erasure_id") REFERENCES "public"."erasures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recipient_notices_request_idx" ON "recipient_notices" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "restrictions_subject_idx" ON "restrictions" USING btree ("subject_id");