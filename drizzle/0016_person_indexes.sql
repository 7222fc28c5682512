CREATE INDEX "vouchers_source_id_idx" ON "vouchers" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "orders_contact_idx" ON "orders" USING btree ("contact_id");