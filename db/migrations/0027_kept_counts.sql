-- Custom migration (drizzle-kit generate --custom): functions and triggers have no drizzle form.
-- What the indicators (lib/server/indicators/school-counts.ts) read of a school's staff and
-- pupils beyond migration 0025's counts, kept as that migration keeps them: statement triggers
-- note the schools a write bears on, and school_counts_refresh recomputes them as the
-- transaction commits — first 0025's counts (renamed mentoring_counts_refresh below), which lock
-- the schools' rows in key order, so everything after is written under those locks.
--
-- * Staff: its staff and those without a birth date or a start of pedagogical work, which no
--   date changes, in school_counts; whether a person is a mentee of a forming, active or
--   completed pair — what "covered" asks of a young teacher — in people.mentored, next to their
--   dates in the index people_org_dates. The young teachers are then a school's staff born after
--   the age cut-off, read from that index alone.
-- * Pupils: student_involvement, per pair whose order was issued (WORKED_STATUSES: active,
--   completed, terminated), its pupil mentees and pupil mentor with the pair's first and last
--   working days (lastWorkingDay: the planned end; completed early, the day it completed;
--   terminated, the day before its termination takes effect) and the pupil's school and birth
--   date. lib/domain/students/indicators.ts defines both; tests/integration/
--   student-involvement and pupil-birth-counts hold this SQL to it.
--
-- A pair's members are of its school in the app; the triggers note the members' own schools
-- and keep the pupil's school on each row, so a flag or a row follows its person wherever the
-- data puts them.

ALTER FUNCTION school_counts_refresh(uuid[]) RENAME TO mentoring_counts_refresh;

CREATE OR REPLACE FUNCTION staff_counts_refresh(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Only the flags that change are written: an unchanged person's row and its index entry stay.
  UPDATE people p SET mentored = x.mentored
  FROM (
    SELECT s.id, EXISTS (
      SELECT FROM mentor_pair_mentees m JOIN mentor_pairs pr ON pr.id = m.pair_id
      WHERE m.person_id = s.id AND pr.status IN ('forming', 'active', 'completed')
    ) AS mentored
    FROM people s WHERE s.organization_id = ANY (orgs)
  ) x
  WHERE p.id = x.id AND p.mentored <> x.mentored;

  UPDATE school_counts c SET staff = coalesce(s.staff, 0), staff_without_data = coalesce(s.without_data, 0)
  FROM (SELECT DISTINCT id FROM unnest(orgs) AS u(id)) u
    LEFT JOIN (
      SELECT organization_id AS org, count(*) AS staff,
        count(*) FILTER (WHERE birth_date IS NULL OR pedagogical_start IS NULL) AS without_data
      FROM people WHERE organization_id = ANY (orgs) GROUP BY 1
    ) s ON s.org = u.id
  WHERE c.organization_id = u.id;
END $$;

-- The rows student_involvement must hold for the pairs of the schools `orgs`.
CREATE OR REPLACE FUNCTION student_involvement_of(orgs uuid[]) RETURNS SETOF student_involvement LANGUAGE sql STABLE AS $$
  WITH pairs AS (
    SELECT id, mentor_id, start_date,
      CASE WHEN ended_on IS NULL THEN end_date
        ELSE least(end_date, CASE WHEN status = 'terminated' THEN ended_on - 1 ELSE ended_on END) END AS last_day
    FROM student_pairs WHERE organization_id = ANY (orgs) AND status IN ('active', 'completed', 'terminated')
  ),
  members AS (
    SELECT p.id AS pair_id, false AS as_mentor, m.pupil_id, p.start_date, p.last_day
    FROM pairs p JOIN student_pair_mentees m ON m.pair_id = p.id
    UNION ALL
    SELECT p.id, true, sm.pupil_id, p.start_date, p.last_day
    FROM pairs p JOIN student_mentors sm ON sm.id = p.mentor_id WHERE sm.kind = 'pupil'
  )
  SELECT r.pair_id, r.as_mentor, r.pupil_id, u.organization_id, u.birth_date, r.start_date, r.last_day
  FROM members r JOIN pupils u ON u.id = r.pupil_id
  -- Terminated on its first day: it never worked.
  WHERE r.start_date <= r.last_day
$$;

CREATE OR REPLACE FUNCTION student_involvement_refresh(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Only the rows that change are written: the rows that differ go, then the missing ones come.
  DELETE FROM student_involvement i
  WHERE i.pair_id IN (SELECT id FROM student_pairs WHERE organization_id = ANY (orgs))
    AND NOT EXISTS (SELECT FROM student_involvement_of(orgs) w WHERE w = i);
  INSERT INTO student_involvement SELECT * FROM student_involvement_of(orgs) ON CONFLICT DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION school_counts_refresh(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mentoring_counts_refresh(orgs);
  PERFORM staff_counts_refresh(orgs);
  PERFORM student_involvement_refresh(orgs);
END $$;

-- A person's school, birth date and start of work change its staff counts; a flag written
-- above changes none of them, so the flush that writes it notes nothing more.
SELECT school_counts_attach('people', 'organization_id,birth_date,pedagogical_start', 'SELECT r.organization_id');
-- A mentee joining or leaving a pair, and a pair changing status, change the mentees' flags.
SELECT school_counts_attach('mentor_pair_mentees', '', $r$
  SELECT pr.organization_id FROM mentor_pairs pr WHERE pr.id = r.pair_id
  UNION SELECT p.organization_id FROM people p WHERE p.id = r.person_id
$r$);
SELECT school_counts_attach('mentor_pairs', 'organization_id,status,basis,mentor_id', $r$
  SELECT r.organization_id
  UNION SELECT p.organization_id FROM mentor_pair_mentees m JOIN people p ON p.id = m.person_id WHERE m.pair_id = r.id
$r$);
SELECT school_counts_attach('student_pairs', 'organization_id,status,start_date,end_date,ended_on,mentor_id', 'SELECT r.organization_id');
SELECT school_counts_attach('student_pair_mentees', '', 'SELECT pr.organization_id FROM student_pairs pr WHERE pr.id = r.pair_id');
SELECT school_counts_attach('student_mentors', 'kind,pupil_id', 'SELECT pr.organization_id FROM student_pairs pr WHERE pr.mentor_id = r.id');
-- A pupil's school or birth date is on the rows of every pair they are in.
SELECT school_counts_attach('pupils', 'organization_id,birth_date', $r$
  SELECT pr.organization_id FROM student_pair_mentees m JOIN student_pairs pr ON pr.id = m.pair_id WHERE m.pupil_id = r.id
  UNION SELECT pr.organization_id FROM student_mentors sm JOIN student_pairs pr ON pr.mentor_id = sm.id WHERE sm.pupil_id = r.id
$r$);

-- Its rows belong to the pupil's school: the page cache's counters (README, "Page cache").
SELECT org_changes_attach('student_involvement');

-- The schools already there.
SELECT school_counts_refresh(array(SELECT id FROM organizations WHERE kind = 'school'));
