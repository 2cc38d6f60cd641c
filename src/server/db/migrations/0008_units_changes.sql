-- One row per statement that changes the units table, from any server
-- process. A process may keep a copy of the organisation tree between
-- requests only if the number of rows here is still the one it loaded the
-- copy with: the copy is then a memo of the database, never a state of its
-- own, and several servers on one database agree.
-- Counted rather than a counter updated in place: an insert takes no lock
-- that two registry transactions could wait on in opposite orders, and the
-- count only moves when a change commits (a rolled-back change leaves no
-- row). One row per registry change is a few rows a day; a seed adds a few
-- hundred. Not in the Drizzle schema, so backups do not carry it.
CREATE TABLE units_changes (
  id bigserial PRIMARY KEY,
  changed_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION units_changes_record() RETURNS trigger AS $$
BEGIN
  INSERT INTO units_changes DEFAULT VALUES;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER units_changes_on_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION units_changes_record();
