CREATE TABLE "card_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"session_id" text NOT NULL,
	"session_url" text NOT NULL,
	"status" text NOT NULL,
	"amount_ore" integer NOT NULL,
	"currency" text NOT NULL,
	"payment_intent_id" text,
	"card_brand" text,
	"card_last4" text,
	"last_failure_code" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_session_idx" ON "card_payments" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_order_attempt_idx" ON "card_payments" USING btree ("order_id","attempt");--> statement-breakpoint
CREATE INDEX "card_payments_intent_idx" ON "card_payments" USING btree ("payment_intent_id");