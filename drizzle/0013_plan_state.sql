CREATE TYPE "public"."plan_state" AS ENUM('DRAFT', 'ACTIVE', 'ARCHIVED');--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "state" "plan_state" DEFAULT 'ACTIVE' NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "archived_at" timestamp with time zone;