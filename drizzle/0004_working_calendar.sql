CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"working" boolean NOT NULL,
	"name" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_name_length" CHECK (length(btrim("calendar_days"."name")) between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;