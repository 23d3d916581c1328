CREATE TYPE "public"."instruction_subject" AS ENUM('REPORT', 'MEASURE', 'PROBLEM');--> statement-breakpoint
CREATE TYPE "public"."report_review_state" AS ENUM('PENDING', 'ACCEPTED', 'RETURNED');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('ACCEPTED', 'RETURNED');--> statement-breakpoint
CREATE TYPE "public"."extension_request_state" AS ENUM('PENDING', 'APPROVED', 'REFUSED');--> statement-breakpoint
CREATE TABLE "assessment_weights" (
	"plan_id" integer PRIMARY KEY NOT NULL,
	"timeliness" integer NOT NULL,
	"completion" integer NOT NULL,
	"indicators" integer NOT NULL,
	"notices" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assessment_weights_sum" CHECK ("assessment_weights"."timeliness" + "assessment_weights"."completion" + "assessment_weights"."indicators" + "assessment_weights"."notices" = 100),
	CONSTRAINT "assessment_weights_nonnegative" CHECK (least("assessment_weights"."timeliness", "assessment_weights"."completion", "assessment_weights"."indicators", "assessment_weights"."notices") >= 0)
);
--> statement-breakpoint
CREATE TABLE "instructions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instructions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"subject" "instruction_subject" NOT NULL,
	"measure_id" integer NOT NULL,
	"report_id" integer,
	"department_id" integer,
	"text" text NOT NULL,
	"issued_by" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" integer,
	CONSTRAINT "instructions_text_length" CHECK (length(btrim("instructions"."text")) between 1 and 2000),
	CONSTRAINT "instructions_report_subject" CHECK (("instructions"."subject" = 'MEASURE') = ("instructions"."report_id" is null))
);
--> statement-breakpoint
CREATE TABLE "progress_report_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_report_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"report_version" integer NOT NULL,
	"decision" "review_decision" NOT NULL,
	"note" text,
	"reviewed_by" integer NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "progress_report_reviews_note_length" CHECK (length("progress_report_reviews"."note") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "extension_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"urge_notice_id" integer NOT NULL,
	"reason" text NOT NULL,
	"requested_due_on" date NOT NULL,
	"previous_due_on" date NOT NULL,
	"state" "extension_request_state" DEFAULT 'PENDING' NOT NULL,
	"requested_by" integer NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "extension_requests_reason_length" CHECK (length(btrim("extension_requests"."reason")) between 1 and 2000),
	CONSTRAINT "extension_requests_later" CHECK ("extension_requests"."requested_due_on" > "extension_requests"."previous_due_on")
);
--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "review_state" "report_review_state" DEFAULT 'PENDING' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "reviewed_by" integer;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "urge_notices" ADD COLUMN "issued_level" "urge_level";--> statement-breakpoint
ALTER TABLE "urge_notices" ADD COLUMN "escalations" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "urge_notices" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_weights" ADD CONSTRAINT "assessment_weights_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_weights" ADD CONSTRAINT "assessment_weights_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructions" ADD CONSTRAINT "instructions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructions" ADD CONSTRAINT "instructions_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructions" ADD CONSTRAINT "instructions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructions" ADD CONSTRAINT "instructions_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructions" ADD CONSTRAINT "instructions_read_by_users_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructions" ADD CONSTRAINT "instructions_measure_same_plan_fk" FOREIGN KEY ("plan_id","measure_id") REFERENCES "public"."measures"("plan_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_reviews" ADD CONSTRAINT "progress_report_reviews_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_reviews" ADD CONSTRAINT "progress_report_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_urge_notice_id_urge_notices_id_fk" FOREIGN KEY ("urge_notice_id") REFERENCES "public"."urge_notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instructions_plan_idx" ON "instructions" USING btree ("plan_id","id");--> statement-breakpoint
CREATE INDEX "instructions_report_idx" ON "instructions" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "progress_report_reviews_report_idx" ON "progress_report_reviews" USING btree ("report_id","id");--> statement-breakpoint
CREATE INDEX "extension_requests_notice_idx" ON "extension_requests" USING btree ("urge_notice_id","id");--> statement-breakpoint
CREATE INDEX "extension_requests_plan_idx" ON "extension_requests" USING btree ("plan_id","state");--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
UPDATE "urge_notices" SET "issued_level" = "level" WHERE "issued_level" IS NULL;