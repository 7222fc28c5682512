CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"prospect_id" uuid,
	"contact_id" uuid,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"text_version" text NOT NULL,
	"text_sha256" text NOT NULL,
	"source" text NOT NULL,
	"event_code" text,
	"method" text NOT NULL,
	"signup_id" uuid,
	"given_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_method" text,
	CONSTRAINT "consents_one_subject" CHECK (("consents"."prospect_id" is null) <> ("consents"."contact_id" is null))
);
--> statement-breakpoint
CREATE TABLE "prospects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"full_name" text,
	"company_name" text,
	"language" text NOT NULL,
	"collected_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_prospect_id_prospects_id_fk" FOREIGN KEY ("prospect_id") REFERENCES "public"."prospects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_prospect_idx" ON "consents" USING btree ("prospect_id");--> statement-breakpoint
CREATE INDEX "consents_contact_idx" ON "consents" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "consents_confirmed_idx" ON "consents" USING btree ("confirmed_at");--> statement-breakpoint
CREATE INDEX "consents_withdrawn_idx" ON "consents" USING btree ("withdrawn_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consents_signup_channel_idx" ON "consents" USING btree ("signup_id","channel");--> statement-breakpoint
CREATE UNIQUE INDEX "consents_prospect_active_idx" ON "consents" USING btree ("prospect_id","channel") WHERE "consents"."withdrawn_at" is null and "consents"."prospect_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "consents_contact_active_idx" ON "consents" USING btree ("contact_id","channel") WHERE "consents"."withdrawn_at" is null and "consents"."contact_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "prospects_email_idx" ON "prospects" USING btree ("email");--> statement-breakpoint
CREATE INDEX "prospects_collected_idx" ON "prospects" USING btree ("collected_at");--> statement-breakpoint
CREATE INDEX "prospects_withdrawn_idx" ON "prospects" USING btree ("withdrawn_at");