-- A submitted version of a report is a record: it is never changed or removed.
CREATE OR REPLACE FUNCTION report_versions_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'report_versions rows are immutable' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_versions_no_change BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION report_versions_immutable();
