// Data of the school's Положение о наставничестве обучающихся: the same stamps and the same
// sections of numbered clauses as the teacher model's Положение (its schema is reused), with
// the text of the student model (defaults.ts gives the first draft).
export { schema, type SchoolRegulation as StudentRegulation } from '@/templates/school-regulation/schema';
