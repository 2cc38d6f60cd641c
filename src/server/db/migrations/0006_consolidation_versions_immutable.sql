-- A saved version of a consolidated report is a record: never changed or removed.
CREATE OR REPLACE FUNCTION consolidation_versions_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'consolidation_versions rows are immutable' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER consolidation_versions_no_change BEFORE UPDATE OR DELETE ON consolidation_versions
  FOR EACH ROW EXECUTE FUNCTION consolidation_versions_immutable();
