// Data of the roadmap of the student model (annex 2 to its introduction order): one row per
// stage, with the same fields as the teacher model's roadmap, whose schema is reused.
export { schema, type SchoolRoadmap as StudentRoadmap } from '@/templates/school-roadmap/schema';
