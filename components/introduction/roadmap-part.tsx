'use client';
// Annex 2, the roadmap: one row per stage — add, remove, edit, move.
import { sharedParts, StagesEditor } from './shared-fields';
import type { PartProps } from './types';

const LABELS = { name: 'Наименование этапа', activities: 'Содержание деятельности (мероприятие на строку)', result: 'Ожидаемый результат' };

export function RoadmapPart(parts: PartProps) {
  return (
    <fieldset className="card" id="intro-roadmap" data-testid="roadmap">
      <legend>Приложение № 2. Дорожная карта</legend>
      <StagesEditor {...sharedParts(parts)} labels={LABELS} movable />
    </fieldset>
  );
}
