ALTER TABLE "indicator_observations" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_problems_length" CHECK (length("progress_reports"."problems") <= 5000);--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_next_steps_length" CHECK (length("progress_reports"."next_steps") <= 5000);