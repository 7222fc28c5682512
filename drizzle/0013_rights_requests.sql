CREATE TABLE "rights_request_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"paused_at" timestamp with time zone NOT NULL,
	"resumed_at" timestamp with time zone,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rights_request_reminders" (
	"request_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"due_date" date NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rights_request_reminders_request_id_stage_due_date_pk" PRIMARY KEY("request_id","stage","due_date")
);
--> statement-breakpoint
CREATE TABLE "rights_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid,
	"company_id" uuid,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"registered_by" uuid,
	"extended_at" timestamp with time zone,
	"extension_reason" text,
	"completed_at" timestamp with time zone,
	"refusal_reason" text,
	"language" text DEFAULT 'sv' NOT NULL,
	CONSTRAINT "rights_requests_subject_check" CHECK ("rights_requests"."contact_id" is not null or "rights_requests"."company_id" is not null),
	CONSTRAINT "rights_requests_kind_check" CHECK ("rights_requests"."kind" in ('access', 'rectification', 'erasure', 'objection', 'restriction', 'portability', 'consent_withdrawal', 'complaint')),
	CONSTRAINT "rights_requests_channel_check" CHECK ("rights_requests"."channel" in ('account', 'letter')),
	CONSTRAINT "rights_requests_status_check" CHECK ("rights_requests"."status" in ('received', 'awaiting_identity', 'in_progress', 'completed', 'refused')),
	CONSTRAINT "rights_requests_language_check" CHECK ("rights_requests"."language" in ('sv', 'en')),
	CONSTRAINT "rights_requests_extension_check" CHECK (("rights_requests"."extended_at" is null) = ("rights_requests"."extension_reason" is null)),
	CONSTRAINT "rights_requests_closed_check" CHECK (("rights_requests"."status" in ('completed', 'refused')) = ("rights_requests"."completed_at" is not null)),
	CONSTRAINT "rights_requests_refusal_check" CHECK (("rights_requests"."status" = 'refused') = ("rights_requests"."refusal_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "rights_request_pauses" ADD CONSTRAINT "rights_request_pauses_request_id_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."rights_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rights_request_reminders" ADD CONSTRAINT "rights_request_reminders_request_id_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."rights_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rights_request_pauses_request_idx" ON "rights_request_pauses" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rights_request_pauses_open_idx" ON "rights_request_pauses" USING btree ("request_id") WHERE resumed_at is null;--> statement-breakpoint
CREATE INDEX "rights_requests_status_idx" ON "rights_requests" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "rights_requests_contact_idx" ON "rights_requests" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "rights_requests_company_idx" ON "rights_requests" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rights_requests_open_account_idx" ON "rights_requests" USING btree ("contact_id","kind") WHERE channel = 'account' and status in ('received', 'awaiting_identity', 'in_progress');