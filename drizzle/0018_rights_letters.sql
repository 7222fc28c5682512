CREATE TABLE "rights_request_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"path" text NOT NULL,
	"media_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"request_closed_at" timestamp with time zone,
	CONSTRAINT "rights_request_attachments_type_check" CHECK ("rights_request_attachments"."media_type" in ('application/pdf', 'image/jpeg', 'image/png'))
);
--> statement-breakpoint
CREATE TABLE "rights_request_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"delivery" text NOT NULL,
	"items" text[] DEFAULT '{}'::text[] NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid,
	CONSTRAINT "rights_request_letters_kind_check" CHECK ("rights_request_letters"."kind" in ('acknowledgement', 'supplementary_information', 'extension')),
	CONSTRAINT "rights_request_letters_language_check" CHECK ("rights_request_letters"."language" in ('sv', 'en')),
	CONSTRAINT "rights_request_letters_delivery_check" CHECK ("rights_request_letters"."delivery" in ('email', 'post'))
);
--> statement-breakpoint
CREATE TABLE "rights_request_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reference" text,
	"personnummer_hash" text,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" uuid,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	CONSTRAINT "rights_request_verifications_method_check" CHECK ("rights_request_verifications"."method" in ('signed_letter', 'account_session')),
	CONSTRAINT "rights_request_verifications_status_check" CHECK ("rights_request_verifications"."status" in ('pending', 'verified', 'failed')),
	CONSTRAINT "rights_request_verifications_done_check" CHECK (("rights_request_verifications"."status" = 'pending') = ("rights_request_verifications"."completed_at" is null))
);
--> statement-breakpoint
ALTER TABLE "rights_request_attachments" ADD CONSTRAINT "rights_request_attachments_request_id_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."rights_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rights_request_letters" ADD CONSTRAINT "rights_request_letters_request_id_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."rights_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rights_request_verifications" ADD CONSTRAINT "rights_request_verifications_request_id_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."rights_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rights_request_attachments_request_idx" ON "rights_request_attachments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "rights_request_attachments_closed_idx" ON "rights_request_attachments" USING btree ("request_closed_at");--> statement-breakpoint
CREATE INDEX "rights_request_letters_request_idx" ON "rights_request_letters" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "rights_request_verifications_request_idx" ON "rights_request_verifications" USING btree ("request_id");