import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuestionnaireForm } from '@/components/students/monitoring/questionnaire-form';
import { can } from '@/lib/domain/permissions';
import { QUESTIONNAIRE_TITLES, questionsFor, ROLE_LABELS, STAGE_LABELS, stagesOf } from '@/lib/domain/students/questionnaires';
import { QUESTIONNAIRE_ROLES, QUESTIONNAIRE_STAGES } from '@/lib/domain/students/vocabulary';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { listMonitoredPairs, listQuestionnaires, schoolYearOf } from '@/lib/server/students/questionnaires';
import { saveQuestionnaireAction } from '../actions';

export const metadata: Metadata = { title: 'Анкета мониторинга' };

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | null => (list as readonly string[]).includes(v ?? '') ? (v as T) : null;

type Params = { pair?: string; pupil?: string; role?: string; stage?: string };

export default async function FillQuestionnairePage({ searchParams }: { searchParams: Promise<Params> }) {
  const { scope, read } = await scopedPage('programs.mark');
  const q = await searchParams;
  const role = oneOf(QUESTIONNAIRE_ROLES, q.role);
  const stage = oneOf(QUESTIONNAIRE_STAGES, q.stage);
  if (!role || !stage || !stagesOf(role).includes(stage)) notFound();
  const manages = can(scope, 'students.manage');
  const today = todayIso();
  let subject = '';
  if (role === 'curator') {
    if (!manages) notFound();
    subject = 'Программа наставничества обучающихся в целом';
  } else {
    const pair = (await read(listMonitoredPairs)).find((p) => p.id === q.pair);
    if (!pair) notFound();
    if (!manages && (role !== 'mentor' || pair.mentorPersonId !== scope.personId)) notFound();
    const mentee = role === 'mentee' ? pair.mentees.find((m) => m.pupilId === q.pupil) : null;
    if (role === 'mentee' && !mentee) notFound();
    subject = `${pair.formName}: ${ROLE_LABELS[role]} — ${role === 'mentor' ? pair.mentorName : mentee!.name}`;
  }
  const filled = (await read(listQuestionnaires)).filter(
    (f) =>
      f.role === role &&
      f.stage === stage &&
      (role === 'curator' ? f.filledOn >= schoolYearOf(today) : f.pairId === q.pair && (role !== 'mentee' || f.pupilId === q.pupil)),
  );
  const previous = filled[filled.length - 1];
  const questions = questionsFor(role, stage);
  const title = stage === 'quality' ? QUESTIONNAIRE_TITLES.quality[role] : QUESTIONNAIRE_TITLES.growth;
  return (
    <>
      <p>
        <Link href="/students/monitoring">← Мониторинг</Link>
      </p>
      <h1>{title}</h1>
      <p>
        {subject}. Этап: {STAGE_LABELS[stage]}.
      </p>
      {previous && <p className="notice">Анкета уже заполнена; сохранение заменит прежние ответы.</p>}
      <QuestionnaireForm
        action={saveQuestionnaireAction}
        questions={questions}
        allowPaper={manages}
        defaults={{
          pairId: q.pair ?? '',
          pupilId: role === 'mentee' ? (q.pupil ?? '') : '',
          role,
          stage,
          source: manages ? 'paper' : 'app',
          filledOn: previous?.filledOn ?? today,
          answers: Object.fromEntries(questions.map((x) => [x.key, previous?.answers[x.key] === undefined ? '' : String(previous.answers[x.key])])),
        }}
      />
    </>
  );
}
