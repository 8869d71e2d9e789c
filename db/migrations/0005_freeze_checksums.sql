-- The checksums and the annex number of an issued document are frozen with its files: a
-- checksum is what proves a stored file is the one issued, so it must not be rewritable.
CREATE OR REPLACE FUNCTION documents_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'issued document % cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (
       NEW.status = 'draft'
    OR NEW.data IS DISTINCT FROM OLD.data
    OR NEW.template IS DISTINCT FROM OLD.template
    OR NEW.title IS DISTINCT FROM OLD.title
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.sequence IS DISTINCT FROM OLD.sequence
    OR NEW.year IS DISTINCT FROM OLD.year
    OR NEW.issue_date IS DISTINCT FROM OLD.issue_date
    OR NEW.docx IS DISTINCT FROM OLD.docx
    OR NEW.pdf IS DISTINCT FROM OLD.pdf
    OR NEW.docx_sha256 IS DISTINCT FROM OLD.docx_sha256
    OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256
    OR NEW.annex_no IS DISTINCT FROM OLD.annex_no
    OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
    OR NEW.parent_id IS DISTINCT FROM OLD.parent_id) THEN
    RAISE EXCEPTION 'issued document % is frozen', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
