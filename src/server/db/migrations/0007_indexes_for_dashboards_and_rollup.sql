CREATE INDEX "duties_plan_unit_open_idx" ON "duties" USING btree ("plan_id","unit_id") WHERE "duties"."transferred_on" IS NULL;--> statement-breakpoint
CREATE INDEX "duties_open_deadline_idx" ON "duties" USING btree ("deadline") WHERE "duties"."completed_on" IS NULL AND "duties"."transferred_on" IS NULL;--> statement-breakpoint
CREATE INDEX "obligations_period_idx" ON "obligations" USING btree ("period_id","unit_id","id","due_date","exception_due_date") WHERE "obligations"."transferred_on" IS NULL;--> statement-breakpoint
CREATE INDEX "obligations_plan_unit_open_idx" ON "obligations" USING btree ("plan_id","unit_id","period_id") WHERE "obligations"."transferred_on" IS NULL;--> statement-breakpoint
CREATE INDEX "obligations_unit_effective_due_idx" ON "obligations" USING btree ("unit_id",coalesce("exception_due_date", "due_date"));--> statement-breakpoint
CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period_id","obligation_id","status","first_submitted_on");