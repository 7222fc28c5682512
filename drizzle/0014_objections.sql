CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "objections_subject_kind_channel_idx" ON "objections" USING btree ("subject_type","subject_id","kind","channel");--> statement-breakpoint
CREATE INDEX "objections_subject_idx" ON "objections" USING btree ("subject_id");