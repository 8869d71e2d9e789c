-- Per-organization change counters for the page cache (db/schema/org-changes.ts): every
-- write to a tenant table notes the organizations the written rows belong to, and at commit
-- its transaction bumps their counters; `page_cache_version(user)` sums the counters a user's
-- pages depend on. Hand-written: triggers and functions are outside what drizzle-kit generates.
--
-- A new table with tenant data needs `SELECT org_changes_attach('<table>')` (with a resolver
-- when it has no organization_id column) in its migration;
-- tests/integration/page-cache-scope.test.ts fails for a table without the triggers.

-- Bumps the counters of `ids` (a null id: the global row) in one statement, in id order, so
-- that two committing transactions lock shared counters in the same order.
CREATE OR REPLACE FUNCTION org_changes_bump(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO org_changes AS c (organization_id, version)
  SELECT DISTINCT coalesce(id, '00000000-0000-0000-0000-000000000000'::uuid), 1 FROM unnest(ids) AS id ORDER BY 1
  ON CONFLICT (organization_id) DO UPDATE SET version = c.version + 1
$$;

-- Notes `ids` for the commit of the current transaction, without locking anything now: a
-- counter locked at the first write and held while the transaction waits for other rows
-- would make two writers in one school deadlock. The setting is transaction-local and undone
-- with a rolled-back savepoint, like the pending row.
CREATE OR REPLACE FUNCTION org_changes_note(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pending text := current_setting('org_changes.pending', true);
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  IF pending IS NULL OR pending = '' THEN
    INSERT INTO org_changes_pending (txid) VALUES (txid_current());
    pending := '{}';
  END IF;
  PERFORM set_config('org_changes.pending', array(SELECT DISTINCT unnest(pending::uuid[] || ids))::text, true);
END $$;

-- At commit (a deferred constraint trigger on the pending row): the bumps, then the row goes.
CREATE OR REPLACE FUNCTION org_changes_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pending text := current_setting('org_changes.pending', true);
BEGIN
  IF pending IS NOT NULL AND pending <> '' THEN
    PERFORM org_changes_bump(pending::uuid[]);
  END IF;
  PERFORM set_config('org_changes.pending', '', true);
  DELETE FROM org_changes_pending WHERE txid = NEW.txid;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER org_changes_flush AFTER INSERT ON org_changes_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION org_changes_flush();

-- Statement-level: one note per statement whatever the number of rows, and none for a
-- statement that changed no row. TG_ARGV[0] is a query that, given a written row `r` (old
-- and new rows of an UPDATE both), yields the organizations it belongs to.
CREATE OR REPLACE FUNCTION org_changes_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text;
  ids uuid[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM org_changes_note(ARRAY[NULL::uuid]);
    RETURN NULL;
  END IF;
  source := CASE TG_OP
    WHEN 'INSERT' THEN 'new_rows'
    WHEN 'DELETE' THEN 'old_rows'
    ELSE '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)'
  END;
  EXECUTE format('SELECT array(SELECT DISTINCT t.id FROM %s r CROSS JOIN LATERAL (%s) t(id))', source, TG_ARGV[0]) INTO ids;
  PERFORM org_changes_note(ids);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION org_changes_attach(tbl regclass, resolver text DEFAULT 'SELECT r.organization_id') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS org_changes_ins ON %s', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS org_changes_upd ON %s', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS org_changes_del ON %s', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS org_changes_trunc ON %s', tbl);
  EXECUTE format('CREATE TRIGGER org_changes_ins AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track(%L)', tbl, resolver);
  EXECUTE format('CREATE TRIGGER org_changes_upd AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track(%L)', tbl, resolver);
  EXECUTE format('CREATE TRIGGER org_changes_del AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track(%L)', tbl, resolver);
  EXECUTE format('CREATE TRIGGER org_changes_trunc AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track(%L)', tbl, resolver);
END $$;

-- Every table with an organization_id column: the row belongs to that organization (no
-- organization: everybody's).
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'
  LOOP
    PERFORM org_changes_attach(t::regclass);
  END LOOP;
END $$;

-- Tables without the column resolve it through the rows they point to. A row missing here
-- (deleted in the same statement by a cascade) was bumped by its own table's trigger.
SELECT org_changes_attach('user_sessions', 'SELECT u.organization_id FROM users u WHERE u.id = r.user_id');
SELECT org_changes_attach('mentor_pair_mentees',
  'SELECT p.organization_id FROM mentor_pairs p WHERE p.id = r.pair_id UNION ALL SELECT x.organization_id FROM people x WHERE x.id = r.person_id');
SELECT org_changes_attach('student_pair_mentees',
  'SELECT p.organization_id FROM student_pairs p WHERE p.id = r.pair_id UNION ALL SELECT x.organization_id FROM pupils x WHERE x.id = r.pupil_id');
-- A row of an acknowledgement sheet is seen by those who see its document (the document's
-- organization and those above it) and by the person it names. It belongs to the named
-- account's and staff record's organizations; the document's own only when neither lies in
-- its subtree — so a head acknowledging a district order leaves the other schools' pages cached.
SELECT org_changes_attach('acknowledgements', $r$
  SELECT v.id FROM documents d
  JOIN organizations q ON q.id = d.organization_id
  LEFT JOIN users u ON u.id = r.user_id
  LEFT JOIN organizations uo ON uo.id = u.organization_id
  LEFT JOIN people p ON p.id = r.person_id
  LEFT JOIN organizations po ON po.id = p.organization_id
  CROSS JOIN LATERAL (VALUES (uo.id), (po.id),
    (CASE WHEN starts_with(uo.path, q.path) OR starts_with(po.path, q.path) THEN NULL ELSE q.id END)) v(id)
  WHERE d.id = r.document_id AND v.id IS NOT NULL
$r$);

-- The tree itself: a changed organization bumps its own counter; adding, removing or moving
-- one changes which counters a page depends on, so it bumps the global row as well.
CREATE OR REPLACE FUNCTION org_changes_track_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM org_changes_note(ARRAY[NULL::uuid]);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM org_changes_note(array(SELECT id FROM new_rows UNION ALL SELECT NULL WHERE EXISTS (SELECT FROM new_rows)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM org_changes_note(array(SELECT id FROM old_rows UNION ALL SELECT NULL WHERE EXISTS (SELECT FROM old_rows)));
  ELSE
    PERFORM org_changes_note(array(
      SELECT id FROM new_rows UNION SELECT id FROM old_rows
      UNION ALL SELECT NULL WHERE EXISTS (
        SELECT FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
        WHERE n.id IS NULL OR n.path IS DISTINCT FROM o.path OR n.parent_id IS DISTINCT FROM o.parent_id)));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS org_changes_ins ON organizations;
DROP TRIGGER IF EXISTS org_changes_upd ON organizations;
DROP TRIGGER IF EXISTS org_changes_del ON organizations;
DROP TRIGGER IF EXISTS org_changes_trunc ON organizations;
CREATE TRIGGER org_changes_ins AFTER INSERT ON organizations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track_organizations();
CREATE TRIGGER org_changes_upd AFTER UPDATE ON organizations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track_organizations();
CREATE TRIGGER org_changes_del AFTER DELETE ON organizations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track_organizations();
CREATE TRIGGER org_changes_trunc AFTER TRUNCATE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION org_changes_track_organizations();

-- What the pages of a user depend on: their organization, the global counter, the sum over
-- their organization's subtree (the path range is an index range scan on
-- organizations_path_prefix, text_pattern_ops) and the sum over its ancestors (the ids in its
-- path). Counters only grow, so a committed write to any of them changes the value; a user
-- moved to another organization changes its first part. Null for an unknown account.
-- PL/pgSQL keeps the statement's plan per connection: a view pays its execution, not its planning.
CREATE OR REPLACE FUNCTION page_cache_version(uid uuid) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT x.id::text
      || ':' || coalesce((SELECT c.version FROM org_changes c WHERE c.organization_id = '00000000-0000-0000-0000-000000000000'), 0)
      || ':' || coalesce((SELECT sum(c.version) FROM organizations o JOIN org_changes c ON c.organization_id = o.id
                          WHERE o.path ~>=~ x.path AND o.path ~<~ (left(x.path, -1) || '0')), 0)
      || ':' || coalesce((SELECT sum(c.version) FROM org_changes c
                          WHERE c.organization_id = ANY (string_to_array(trim(BOTH '/' FROM x.path), '/')::uuid[]) AND c.organization_id <> x.id), 0)
    FROM users u JOIN organizations x ON x.id = u.organization_id
    WHERE u.id = uid);
END $$;
