CREATE TABLE "job_claims" (
	"name" text NOT NULL,
	"key" text NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "job_claims_name_key_pk" PRIMARY KEY("name","key")
);
--> statement-breakpoint
CREATE INDEX "job_claims_at_idx" ON "job_claims" USING btree ("claimed_at");